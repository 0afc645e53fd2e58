package org.warmline.webapp.interfaces;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The one JAX-RS application, at the root: staff API under {@code /api}, channel webhooks under
 * {@code /webhooks}. Resources live in the modules and are found by scanning. {@code @RolesAllowed}
 * on resource methods is enforced by Jersey's RolesAllowedDynamicFeature (Payara's JAX-RS
 * implementation).
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Warmline API", version = "0.1",
        description = "Staff API and channel webhooks of the Warmline help line"))
public class WarmlineApplication extends Application {

    /** @return Jersey properties: enable {@code @RolesAllowed}; no WADL (the API is described at /openapi) */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                "jersey.config.server.wadl.disableWadl", true);
    }
}
