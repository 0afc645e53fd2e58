package org.warmline.webapp.interfaces.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The console's static files from the WAR's {@code /console/} folder, served through JAX-RS (the
 * application sits at "/"): {@code /console/} the single page (queue, conversation, dashboard, audit,
 * staff admin), {@code /console/login} the sign-in page, {@code /console/assets/*} script and style
 * (public; they hold no data). The root {@code /} redirects here. web.xml makes {@code /console/*}
 * need a signed-in staff user, except the login page and the assets.
 */
@Path("/")
@ApplicationScoped
@Tag(name = "console")
public class ConsolePageResource {

    private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Context
    ServletContext servletContext;

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
    @Path("console/assets/{name: [a-z0-9-]+\\.(js|css)}")
    @Operation(summary = "The console's script and style sheets")
    public Response asset(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag) {
        return file("assets/" + name, etag);
    }

    private Response file(String name, String ifNoneMatch) {
        byte[] content = cache.computeIfAbsent(name, this::read);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        EntityTag tag = new EntityTag(sha256(content));
        CacheControl cacheControl = new CacheControl();
        cacheControl.setNoCache(true);
        Response.ResponseBuilder response = ifNoneMatch != null && ifNoneMatch.contains(tag.getValue())
                ? Response.notModified(tag) : Response.ok(content, type).tag(tag);
        return response.cacheControl(cacheControl).build();
    }

    private byte[] read(String name) {
        try (InputStream in = servletContext.getResourceAsStream("/console/" + name)) {
            if (in == null) {
                throw new NotFoundException("no such file: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
