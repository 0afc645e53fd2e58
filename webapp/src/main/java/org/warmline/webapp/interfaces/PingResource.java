package org.warmline.webapp.interfaces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /ping}: answers "pong" and touches nothing — the trivial endpoint the webhook benchmark
 * compares against (same server, same HTTP stack, no database), and a liveness probe.
 */
@Path("/ping")
@RequestScoped
public class PingResource {

    /** @return "pong" */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "pong";
    }
}
