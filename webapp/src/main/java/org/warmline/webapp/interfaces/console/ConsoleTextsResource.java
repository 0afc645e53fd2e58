package org.warmline.webapp.interfaces.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.interfaces.rest.Problems;

/**
 * The words of the staff pages (console, coordinators' pages, sign-in) for their shared script
 * {@code /console/assets/warmline.js}: {@code GET /console/i18n?lang=zh|en} answers the resource bundle
 * {@code i18n/console_zh.properties} or {@code i18n/console_en.properties} (UTF-8) as one flat JSON
 * object of key to text, keys sorted; {@code GET /console/i18n/texts.js} gives both languages as a
 * script ({@code window.WarmlineTexts}) that the pages load with their other scripts. Keys are
 * {@code <page>.<key>} ({@code console.}, {@code returnhome.}, {@code login.}), {@code common.<key>} for
 * every page, and {@code problem.<code>} for a problem+json body that carries that {@code code}. Public like the pages' scripts (the sign-in page needs it; it
 * holds no data). Each answer has an ETag and {@code Cache-Control: no-cache}, so a browser revalidates
 * and gets 304 until the bundle changes (a new deployment).
 */
@Path("console/i18n")
@ApplicationScoped
@Tag(name = "console")
public class ConsoleTextsResource {

    /** The bundle's base name on the class path. */
    static final String BUNDLE = "i18n.console";

    /** The problem code of a language the bundles do not have. */
    static final String UNKNOWN_LANGUAGE = "i18n.unknown-language";

    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();

    /**
     * @param lang    {@code zh} (Chinese, the default) or {@code en}
     * @param request the request, for its If-None-Match
     * @return 200 with the JSON object of the language's texts, 304 when the browser's copy is current,
     *         or 400 problem+json with {@code code} {@value #UNKNOWN_LANGUAGE} for another language
     */
    @GET
    @Operation(summary = "The staff pages' words in one language (JSON: key to text), from the resource bundles")
    public Response texts(@QueryParam("lang") String lang, @Context Request request) {
        String language = lang == null || lang.isBlank() ? "zh" : lang;
        if (!language.equals("zh") && !language.equals("en")) {
            return Problems.of(400, "Unknown language", "lang must be zh or en", UNKNOWN_LANGUAGE);
        }
        return cached(request, language, MediaType.APPLICATION_JSON_TYPE, () -> json(language));
    }

    /**
     * The same words as a script the pages load before warmline.js, so that they render with their
     * words at load, without waiting for one more call: {@code window.WarmlineTexts = {"zh": {…}, "en": {…}};}
     *
     * @param request the request, for its If-None-Match
     * @return 200 with the script, or 304 when the browser's copy is current
     */
    @GET
    @Path("texts.js")
    @Operation(summary = "The staff pages' words in both languages as a script (window.WarmlineTexts), for the pages")
    public Response script(@Context Request request) {
        return cached(request, "texts.js", new MediaType("text", "javascript"),
                () -> ("window.WarmlineTexts = {\"zh\": " + new String(json("zh"), StandardCharsets.UTF_8) + ", \"en\": "
                        + new String(json("en"), StandardCharsets.UTF_8) + "};\n").getBytes(StandardCharsets.UTF_8));
    }

    /** An answer made once, with an ETag of its bytes and {@code Cache-Control: no-cache}, or 304. */
    private Response cached(Request request, String name, MediaType type, Supplier<byte[]> make) {
        byte[] body = answers.computeIfAbsent(name, n -> make.get());
        CRC32 crc = new CRC32();
        crc.update(body);
        EntityTag tag = new EntityTag(name + "-" + Long.toHexString(crc.getValue()));
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(body, type.withCharset("UTF-8")).tag(tag);
        return answer.cacheControl(revalidate).build();
    }

    /**
     * @param language zh or en
     * @return that bundle's keys and texts, exactly (no fallback to another language)
     */
    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), ConsoleTextsResource.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static byte[] json(String language) {
        ResourceBundle texts = bundle(language);
        JsonObjectBuilder object = Json.createObjectBuilder();
        new TreeSet<>(texts.keySet()).forEach(key -> object.add(key, texts.getString(key)));
        return object.build().toString().getBytes(StandardCharsets.UTF_8);
    }
}
