package org.warmline.webapp.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * HTTP Basic authentication for API clients (realm "warmline"); the console's form login comes with
 * the console. Which paths need which role is in web.xml and on the resources.
 */
@BasicAuthenticationMechanismDefinition(realmName = "warmline")
@DeclareRoles({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
