package org.warmline.webapp.interfaces.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.interfaces.rest.StaticAssets;

/**
 * The service modules' staff pages from the WAR's {@code /console/<service>/} folders, each one page with its
 * own script and style sheet: {@code returnhome} — the coordinators' demand board, trips, manual assignment,
 * planner and manifests (issue 6); {@code legalaid} — the legal-aid case queue, case, group, inspection list
 * and figures, and the print script of the case documents (issue 12, point 7). Like the console they need a
 * signed-in staff user (web.xml's {@code /console/*} constraint); a page shows its content to the roles of its
 * service (COORDINATOR, resp. LEGAL_AID; SUPERVISOR and ADMIN for both), and every call it makes is checked by
 * that service's {@code /api/...} resources themselves (a coordinator gets 403 on a case). Served by core's
 * {@link StaticAssets} with ETags.
 */
@Path("console/{service: returnhome|legalaid}")
@ApplicationScoped
@Tag(name = "console")
public class ServicePagesResource {

    @Context
    ServletContext servletContext;

    /** Read through the servlet context at request time (the field is injected after construction). */
    private final StaticAssets assets = new StaticAssets(name -> servletContext.getResourceAsStream("/console/" + name));

    /**
     * @param service returnhome or legalaid (the path allows no other)
     * @param etag    the browser's cached ETag
     * @return the service's page (HTML), or 304 when the browser's copy is current
     */
    @GET
    @Path("/")
    @Operation(summary = "A service's staff pages (HTML, signed-in staff): returnhome — demand board, trips, planner, "
            + "manifests; legalaid — case queue, case, group, inspection list, figures")
    public Response index(@PathParam("service") String service, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag) {
        return assets.serve(service + "/index.html", etag).build();
    }

    /**
     * @param service returnhome or legalaid
     * @param name    a script or style sheet of that page (e.g. returnhome.js, legalaid.css, document.js)
     * @param etag    the browser's cached ETag
     * @return the file, 304 when the browser's copy is current, 404 when there is no such file
     */
    @GET
    @Path("{name: [a-z0-9-]+\\.(js|css)}")
    @Operation(summary = "A service page's script or style sheet")
    public Response asset(@PathParam("service") String service, @PathParam("name") String name,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag) {
        return assets.serve(service + "/" + name, etag).build();
    }
}
