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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.interfaces.rest.StaticAssets;

/**
 * The console's static files from the WAR's {@code /console/} folder, served through JAX-RS (the
 * application sits at "/"): {@code /console/} the single page (queue, conversation, dashboard, audit,
 * staff admin), {@code /console/login} the sign-in page, {@code /console/assets/*} script and style
 * (public; they hold no data). The root {@code /} redirects here. web.xml makes {@code /console/*}
 * need a signed-in staff user, except the login page and the assets. Served by core's
 * {@link StaticAssets}; the Content-Security-Policy is the site-wide one of {@code SecurityHeaders}.
 */
@Path("/")
@ApplicationScoped
@Tag(name = "console")
public class ConsolePageResource {

    @Context
    ServletContext servletContext;

    /** Read through the servlet context at request time (the field is injected after construction). */
    private final StaticAssets assets = new StaticAssets(name -> servletContext.getResourceAsStream("/console/" + name));

    /** @return a redirect to the console */
    @GET
    @Operation(summary = "Redirects to the console")
    public Response root() {
        return Response.seeOther(URI.create("console/")).build();
    }

    /** @param etag the browser's cached ETag @return the console page */
    @GET
    @Path("console/")
    @Operation(summary = "The operators' console (HTML, signed-in staff)")
    public Response index(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag) {
        return file("index.html", etag);
    }

    /** @param etag the browser's cached ETag @return the sign-in page */
    @GET
    @Path("console/login")
    @Operation(summary = "The console's sign-in page (HTML form posting to /console/login)")
    public Response login(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag) {
        return file("login.html", etag);
    }

    /** @param name a file name @param etag the browser's cached ETag @return the asset */
    @GET
    @Path("console/assets/{name: [a-z0-9-]+\\.(js|css|svg)}")
    @Operation(summary = "The console's script, style sheets and icon (favicon.svg, also linked by /chat and /simulator)")
    public Response asset(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag) {
        return file("assets/" + name, etag);
    }

    private Response file(String name, String ifNoneMatch) {
        return assets.serve(name, ifNoneMatch).build();
    }
}
