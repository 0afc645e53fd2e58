package org.warmline.webapp.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles Warmline knows. Authentication is {@link StaffAuthentication} (HTTP Basic for API
 * clients, form login with a session for the console) over {@link StaffIdentityStore}; CSRF and
 * security headers are {@link CsrfFilter}. Which paths need which role is in web.xml and on the
 * resources.
 */
@DeclareRoles({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
