package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The signature vectors of {@code channels/sms/src/test/resources/twilio/signature_vectors.json}
 * through the real endpoint: the packaged server, {@code POST /webhooks/twilio/sms}, over HTTP.
 *
 * <p><b>Which cases run here.</b> The {@code derived_cases} are the vectors made for a Warmline
 * webhook (Chinese bodies, STOP/退订, empty and missing fields, and the proxy, charset and trimming
 * negatives). They were signed for {@code https://sms.example.org/twilio/sms}; Warmline serves its
 * webhook at {@code <public base URL>/webhooks/twilio/sms}, so each case is re-targeted: the server is
 * started with the case URL's origin as {@code WARMLINE_PUBLIC_BASE_URL} and the case's token, the
 * params Twilio signed are signed again (with this test's own HMAC, {@link Http#sign}, which first has
 * to reproduce the vector's {@code expected_signature} for the original URL) for the same origin plus
 * Warmline's path, and the case's params are POSTed with that signature. A valid case must not be
 * refused for its signature (200 with TwiML, or 400 for the three signed but unusable inputs listed
 * in {@link #SIGNED_BUT_REFUSED_AS_INPUT}); an invalid case must get 403.
 * <ul>
 * <li>{@code derived_tampered_body}, {@code derived_iso8859_mojibake}, {@code derived_trimmed_body}:
 * the params differ from what was signed (changed body, ISO-8859-1 mojibake, trimmed body) — 403.</li>
 * <li>{@code derived_proxy_http_scheme}, {@code derived_proxy_internal_host_port}: the validator
 * checks against a URL other than the one Twilio called. Warmline never rebuilds the URL from the
 * request (this test itself calls it over plain {@code http://localhost:<port>}, and the valid cases
 * pass against the configured {@code https://sms.example.org}); the only way to get there is a wrong
 * {@code WARMLINE_PUBLIC_BASE_URL}, so these cases run on servers configured with the case's wrong
 * base URL ({@code http://sms.example.org}, {@code http://127.0.0.1:8080}) and must get 403.</li>
 * </ul>
 * Cases are grouped by (token, public base URL): three server starts for the 23 cases.
 *
 * <p><b>Checked at validator level only.</b> The {@code official_cases} come from Twilio's SDK test
 * suites and are signed for URLs such as {@code https://mycompany.com/myapp.php?foo=1&bar=2} that are
 * not Warmline's webhook path (and some are JSON-body or repeated-key cases the form webhook never
 * receives); they are checked against the validator the webhook uses, twilio-java's
 * {@code RequestValidator}, in {@code channels/sms} {@code TwilioSignatureVectorsTest}. On the two
 * official cases twilio-java gets wrong — {@code apostrophe_in_query} (twilio-node rewrites {@code '}
 * to {@code %27} before validating) and {@code issue601_encoded_colon_with_443} (twilio-java decodes
 * {@code %3A} while removing {@code :443}) — Warmline follows twilio-java and rejects them (403),
 * because it only signs and validates against its configured public base URL plus a fixed path with
 * no query, no apostrophe, no encoded colon and no explicit port, so neither normalisation can ever
 * apply to a request Twilio sends us; rejecting is the fail-closed side.
 */
class SignatureVectorsIT {

    /** Warmline's inbound webhook path. */
    private static final String WEBHOOK_PATH = "/webhooks/twilio/sms";

    /**
     * Valid signatures on inputs the webhook refuses after the signature check, with 400: no
     * MessageSid, no From, and a WhatsApp sender ({@code whatsapp:+86…}) on the SMS webhook.
     */
    private static final Set<String> SIGNED_BUT_REFUSED_AS_INPUT =
            Set.of("derived_missing_message_sid", "derived_missing_from", "derived_whatsapp_channel");

    private static JsonObject vectors;
    private static String runningKey;
    private static WarmlineServer running;

    @AfterAll
    static void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    /** @return the vectors file of channels/sms, read once */
    private static synchronized JsonObject vectors() throws IOException {
        if (vectors == null) {
            Path file = Path.of(System.getProperty("basedir", ".")).resolve(
                    "../channels/sms/src/test/resources/twilio/signature_vectors.json").normalize();
            try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
                vectors = reader.readObject();
            }
        }
        return vectors;
    }

    private static List<JsonObject> derived() throws IOException {
        return vectors().getJsonArray("derived_cases").stream().map(JsonValue::asJsonObject).toList();
    }

    /** @return the derived cases, ordered by the server (token, public base URL) they need */
    static Stream<Arguments> derivedCases() throws IOException {
        return derived().stream()
                .sorted(Comparator.comparing(SignatureVectorsIT::serverKey))
                .map(c -> Arguments.of(Named.of(c.getString("id"), c)));
    }

    /**
     * A derived case, re-targeted at Warmline's webhook path, gets its expected answer from the real
     * endpoint: not refused for its signature when valid, 403 when invalid.
     *
     * @param c one derived case
     * @throws Exception if the server cannot start or the request fails
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("derivedCases")
    void derivedCaseGetsItsExpectedAnswerFromTheRealWebhook(JsonObject c) throws Exception {
        String token = c.getString("token");
        JsonObject signed = signingSource(c);
        assertEquals(signed.getString("expected_signature"), Http.sign(token, signed.getString("url"), params(signed)),
                "this test's HMAC must reproduce the vector before re-signing it for Warmline's path");
        String warmlineSignature = Http.sign(token, origin(signed.getString("url")) + WEBHOOK_PATH, params(signed));

        WarmlineServer server = serverFor(c);
        HttpResponse<String> answer = Http.postWebhook(server, params(c), warmlineSignature);

        String id = c.getString("id");
        if (!c.getBoolean("expect_valid")) {
            assertEquals(403, answer.statusCode(), id + ": " + answer.body());
            assertTrue(answer.body().contains("Invalid Twilio signature"), answer.body());
        } else if (SIGNED_BUT_REFUSED_AS_INPUT.contains(id)) {
            assertEquals(400, answer.statusCode(), id + ": " + answer.body());
            assertFalse(answer.body().contains("signature"), answer.body());
        } else {
            assertEquals(200, answer.statusCode(), id + ": " + answer.body());
            assertTrue(answer.body().startsWith("<?xml") && answer.body().contains("<Response"), answer.body());
        }
    }

    /** Every derived case runs here, and they need exactly the three servers the class doc names. */
    @Test
    void everyDerivedCaseRunsOnOneOfThreeServers() throws IOException {
        assertEquals(23, derived().size());
        assertEquals(Set.of("12345 https://sms.example.org", "12345 http://sms.example.org",
                        "12345 http://127.0.0.1:8080"),
                Set.copyOf(derived().stream().map(SignatureVectorsIT::serverKey).toList()));
        for (JsonObject c : derived()) {
            assertTrue(c.getString("url").endsWith("/twilio/sms"), c.getString("id") + ": no query, the fixed path");
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * @return the valid derived case whose signature this case carries: the case itself when valid,
     *         else the one Twilio signed before the params or the URL were changed
     */
    private static JsonObject signingSource(JsonObject c) throws IOException {
        if (c.getBoolean("expect_valid")) {
            return c;
        }
        return derived().stream()
                .filter(o -> o.getBoolean("expect_valid"))
                .filter(o -> o.getString("expected_signature").equals(c.getString("expected_signature")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no valid case signed " + c.getString("id")));
    }

    /** @return "token origin": the server a case needs */
    private static String serverKey(JsonObject c) {
        return c.getString("token") + " " + origin(c.getString("url"));
    }

    /** Starts (or reuses) the server for the case's token and public base URL; one runs at a time. */
    private static WarmlineServer serverFor(JsonObject c) throws Exception {
        String key = serverKey(c);
        if (!key.equals(runningKey)) {
            if (running != null) {
                running.close();
                running = null;
            }
            Map<String, String> env = new LinkedHashMap<>();
            env.put("WARMLINE_PUBLIC_BASE_URL", origin(c.getString("url")));
            env.put("WARMLINE_TWILIO_AUTH_TOKEN", c.getString("token"));
            running = new WarmlineServer(Files.createTempDirectory("warmline-it-vectors"), env).start();
            runningKey = key;
        }
        return running;
    }

    /** @return scheme://host[:port] of a URL */
    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static Map<String, String> params(JsonObject c) {
        Map<String, String> params = new LinkedHashMap<>();
        c.getJsonObject("params").forEach((k, v) -> {
            assertNotNull(v);
            params.put(k, v.getValueType() == JsonValue.ValueType.NULL ? "" : ((JsonString) v).getString());
        });
        return params;
    }
}
