package org.warmline.sms.interfaces.simulator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.warmline.core.interfaces.rest.Problems;

/**
 * Answers 403 problem+json to any request for {@code /simulator} (page, assets, API) that
 * {@link SimulatorAccess} refuses: from another machine, unless {@code warmline.simulator.remote=true}.
 */
@Provider
public class SimulatorAccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(SimulatorAccessFilter.class.getName());

    @Context
    HttpServletRequest servletRequest;

    /** @param request the request; aborted with 403 when it is for the simulator and not allowed */
    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("simulator") || path.startsWith("simulator/") || path.equals("/simulator")
                || path.startsWith("/simulator/"))) {
            return;
        }
        boolean forwarded = request.getHeaderString("Forwarded") != null
                || request.getHeaderString("X-Forwarded-For") != null;
        boolean remote = ConfigProvider.getConfig().getOptionalValue(SimulatorAccess.REMOTE_KEY, Boolean.class)
                .orElse(false);
        String address = servletRequest == null ? null : servletRequest.getRemoteAddr();
        if (!SimulatorAccess.allows(address, forwarded, remote)) {
            LOG.info(() -> "SMS simulator refused a request from another machine");
            request.abortWith(Problems.of(Response.Status.FORBIDDEN, "Forbidden", "the SMS simulator answers only"
                    + " the machine it runs on; set " + SimulatorAccess.REMOTE_KEY + "=true to open it to the network"));
        }
    }
}
