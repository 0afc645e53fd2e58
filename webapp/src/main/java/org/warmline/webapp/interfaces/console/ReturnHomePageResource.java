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
 * The coordinators' pages from the WAR's {@code /console/returnhome/} folder (issue 6): demand board,
 * trips, manual assignment, planner and manifests in one page with its own script and style. Like the
 * console they need a signed-in staff user (web.xml's {@code /console/*} constraint); the page shows
 * its content to COORDINATOR, SUPERVISOR and ADMIN, and every call it makes is checked by the
 * {@code /api/returnhome} resources themselves. Served by core's {@link StaticAssets}.
 */
@Path("console/returnhome")
@ApplicationScoped
@Tag(name = "console")
public class ReturnHomePageResource {

    @Context
    ServletContext servletContext;

    /** Read through the servlet context at request time (the field is injected after construction). */
    private final StaticAssets assets = new StaticAssets(
            name -> servletContext.getResourceAsStream("/console/returnhome/" + name));

    /** @param etag the browser's cached ETag @return the coordinators' page (HTML) */
    @GET
    @Path("/")
    @Operation(summary = "The coordinators' pages: demand board, trips, planner, manifests (HTML, signed-in staff)")
    public Response index(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag) {
        return assets.serve("index.html", etag).build();
    }

    /** @param name returnhome.js or returnhome.css @param etag the browser's cached ETag @return the file */
    @GET
    @Path("{name: [a-z0-9-]+\\.(js|css)}")
    @Operation(summary = "The coordinators' pages' script and style sheet")
    public Response asset(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag) {
        return assets.serve(name, etag).build();
    }
}
