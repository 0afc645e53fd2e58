package org.warmline.core.interfaces.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Serves a page's static files (HTML, script, style sheet) through JAX-RS — the application sits at
 * "/" and so receives every path — with the content type from the file's extension, an ETag
 * (revalidated with {@code Cache-Control: no-cache}, so a slow phone downloads a file once and then
 * only gets 304) and the bytes kept in memory after the first read. Callers add their own headers
 * (e.g. a page-specific Content-Security-Policy) to the returned builder.
 */
public final class StaticAssets {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "svg", "image/svg+xml");

    private final Function<String, InputStream> opener;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /**
     * @param opener opens a file by its name relative to the page's folder (e.g. a class-path or
     *               servlet-context lookup); returns null when there is no such file
     */
    public StaticAssets(Function<String, InputStream> opener) {
        this.opener = opener;
    }

    /**
     * @param folder a class-path folder, e.g. {@code META-INF/resources/chat/}
     * @param loader the class loader to read it with
     * @return assets read from that folder
     */
    public static StaticAssets onClassPath(String folder, ClassLoader loader) {
        return new StaticAssets(name -> loader.getResourceAsStream(folder + name));
    }

    /**
     * @param name        the file's name relative to the folder; its extension must be html, js, css or svg
     * @param ifNoneMatch the browser's {@code If-None-Match} header, or null
     * @return 200 with the file and its ETag, or 304 when the browser's copy is current; both with
     *         {@code Cache-Control: no-cache}
     * @throws NotFoundException if there is no such file or its type is not served
     */
    public Response.ResponseBuilder serve(String name, String ifNoneMatch) {
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null) {
            throw new NotFoundException("no such file: " + name);
        }
        byte[] content = cache.computeIfAbsent(name, this::read);
        EntityTag tag = new EntityTag(hash(content));
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder response = ifNoneMatch != null && ifNoneMatch.contains(tag.getValue())
                ? Response.notModified(tag) : Response.ok(content, type).tag(tag);
        return response.cacheControl(revalidate);
    }

    private byte[] read(String name) {
        try (InputStream in = opener.apply(name)) {
            if (in == null) {
                throw new NotFoundException("no such file: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
