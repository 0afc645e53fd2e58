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
 * The legal-aid staff pages from the WAR's {@code /console/legalaid/} folder (issue 12, point 7): case queue,
 * case view, group view, inspection list and figures in one page with its own script and style, plus the
 * print button script of the case documents. Like the console they need a signed-in staff user (web.xml's
 * {@code /console/*} constraint); the page shows its content to LEGAL_AID, SUPERVISOR and ADMIN, and every
 * call it makes is checked by the {@code /api/legalaid} resources themselves (a coordinator gets 403).
 */
@Path("console/legalaid")
@ApplicationScoped
@Tag(name = "console")
public class LegalAidPageResource {

    @Context
    ServletContext servletContext;

    /** Read through the servlet context at request time (the field is injected after construction). */
    private final StaticAssets assets = new StaticAssets(
            name -> servletContext.getResourceAsStream("/console/legalaid/" + name));

    /** @param etag the browser's cached ETag @return the legal-aid page (HTML) */
    @GET
    @Path("/")
    @Operation(summary = "The legal-aid staff pages: queue, case, group, inspection list, figures (HTML, signed-in staff)")
    public Response index(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag) {
        return assets.serve("index.html", etag).build();
    }

    /** @param name legalaid.js, legalaid.css or document.js @param etag the browser's cached ETag @return the file */
    @GET
    @Path("{name: [a-z0-9-]+\\.(js|css)}")
    @Operation(summary = "The legal-aid pages' script and style sheet")
    public Response asset(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag) {
        return assets.serve(name, etag).build();
    }
}
