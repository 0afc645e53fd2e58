package org.warmline.webapp.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles Warmline knows. Authentication is {@link ApiBasicAuthentication} (HTTP Basic for API
 * clients) over {@link StaffIdentityStore}; the console's form login comes with the console. Which
 * paths need which role is in web.xml and on the resources.
 */
@DeclareRoles({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
