package org.warmline.chat.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The worker's chat page, {@code GET /chat} (and its script and style sheet), read from this jar's
 * {@code META-INF/resources/chat/}. Served through JAX-RS because the application sits at "/" and
 * so receives every path; sent with a strict Content-Security-Policy (no inline script or style) and
 * an ETag, so that a slow phone downloads the 20-odd KB once and then only revalidates.
 */
@Path("chat")
@ApplicationScoped
@Tag(name = "chat")
public class ChatPageResource {

    /** Content-Security-Policy of the page: only this origin's script, style and connections. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self' data:; manifest-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html;charset=UTF-8",
            "chat.js", "text/javascript;charset=UTF-8",
            "chat.css", "text/css;charset=UTF-8");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /**
     * @param ifNoneMatch the browser's cached ETag
     * @return the page (Chinese by default; the page has an English switch)
     */
    @GET
    @Operation(summary = "The worker's chat page (HTML)")
    public Response page(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return file("index.html", ifNoneMatch);
    }

    /**
     * @param name        chat.js or chat.css (or index.html)
     * @param ifNoneMatch the browser's cached ETag
     * @return the file, 304 if unchanged, 404 for any other name
     */
    @GET
    @Path("{name: [a-z]+\\.(js|css|html)}")
    @Operation(summary = "The chat page's script and style sheet")
    public Response asset(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return file(name, ifNoneMatch);
    }

    private Response file(String name, String ifNoneMatch) {
        String type = FILES.get(name);
        if (type == null) {
            throw new NotFoundException("no such file: " + name);
        }
        byte[] content = cache.computeIfAbsent(name, ChatPageResource::read);
        EntityTag tag = new EntityTag(sha256(content));
        CacheControl cacheControl = new CacheControl();
        cacheControl.setNoCache(true);
        Response.ResponseBuilder response = ifNoneMatch != null && ifNoneMatch.contains(tag.getValue())
                ? Response.notModified(tag) : Response.ok(content, type).tag(tag);
        return response.cacheControl(cacheControl)
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    private static byte[] read(String name) {
        try (InputStream in = ChatPageResource.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/chat/" + name)) {
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
