package org.warmline.chat.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.interfaces.rest.StaticAssets;

/**
 * The worker's chat page, {@code GET /chat} (and its script and style sheet), read from this jar's
 * {@code META-INF/resources/chat/} by core's {@link StaticAssets} (ETag, revalidation), sent with a
 * strict Content-Security-Policy (no inline script or style) of its own.
 */
@Path("chat")
@ApplicationScoped
@Tag(name = "chat")
public class ChatPageResource {

    /** Content-Security-Policy of the page: only this origin's script, style and connections. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self' data:; manifest-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    private static final Set<String> FILES = Set.of("index.html", "chat.js", "chat.css");

    private final StaticAssets assets = StaticAssets.onClassPath("META-INF/resources/chat/",
            ChatPageResource.class.getClassLoader());

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
        if (!FILES.contains(name)) {
            throw new NotFoundException("no such file: " + name);
        }
        return assets.serve(name, ifNoneMatch)
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
