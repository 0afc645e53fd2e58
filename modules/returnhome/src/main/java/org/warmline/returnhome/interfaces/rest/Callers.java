package org.warmline.returnhome.interfaces.rest;

import jakarta.ws.rs.core.SecurityContext;
import org.warmline.core.application.CentreScopes;
import org.warmline.core.domain.centre.CentreScope;

/** The signed-in caller of a returnhome resource, as the help-centre scope every use case is checked against. */
final class Callers {

    private Callers() {
    }

    /**
     * @param security the request's security context (the caller has passed {@code @RolesAllowed})
     * @param scopes   core's scope builder
     * @return the caller's scope: their centre's places, every place for supervisors and admins
     */
    static CentreScope scope(SecurityContext security, CentreScopes scopes) {
        return scopes.of(security.getUserPrincipal().getName(), security::isUserInRole);
    }
}
