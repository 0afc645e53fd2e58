package org.warmline.sms.interfaces.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.security.RequestValidator;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks twilio-java's {@link RequestValidator} — the validator {@link TwilioSmsWebhook} uses — against
 * every case of {@code twilio/signature_vectors.json}: the official cases from the Twilio SDKs' own test
 * suites and the cases derived for a Warmline webhook URL (Chinese bodies, proxy/port and encoding
 * negatives), plus the JSON-body ({@code bodySHA256}) cases.
 *
 * <p>Warmline's decisions, where twilio-java and the official vectors disagree, are stated next to
 * the test that pins them: {@link #twilioJavaRejectsTheTwoOfficialCasesItDoesNotNormalise} and
 * {@link #repeatedKeysReducedToTheirFirstValueAreRejected}.
 */
class TwilioSignatureVectorsTest {

    /**
     * Official cases twilio-java 10.9.2 rejects although another SDK accepts them.
     * <ul>
     * <li>{@code apostrophe_in_query}: twilio-node rewrites {@code '} to {@code %27} before signing;
     * twilio-java signs the URL exactly as given.</li>
     * <li>{@code issue601_encoded_colon_with_443}: twilio-java's port removal decodes {@code %3A} to
     * {@code :} (an open twilio-java bug), so the {@code :443} variant does not match.</li>
     * </ul>
     * Warmline's decision: we accept twilio-java's behaviour. The webhook signs against our configured
     * {@code warmline.public-base-url} + a fixed path, which has no apostrophe, no encoded colon and no
     * explicit port; Twilio calls exactly the URL we configure. A rejected request is a 403, never a
     * silently accepted forgery, so being stricter than twilio-node is the safe side.
     */
    private static final Set<String> REJECTED_BY_TWILIO_JAVA =
            Set.of("apostrophe_in_query", "issue601_encoded_colon_with_443");

    private static JsonObject vectors;

    /** The vectors, read once from the test resources. */
    private static synchronized JsonObject vectors() {
        if (vectors == null) {
            try (InputStream in = TwilioSignatureVectorsTest.class.getResourceAsStream("/twilio/signature_vectors.json")) {
                assertNotNull(in, "twilio/signature_vectors.json is missing from the test resources");
                try (JsonReader reader = Json.createReader(in)) {
                    vectors = reader.readObject();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return vectors;
    }

    // ---------------------------------------------------------------- sources

    private static Stream<JsonObject> signatureCases() {
        return Stream.concat(vectors().getJsonArray("official_cases").stream(),
                        vectors().getJsonArray("derived_cases").stream())
                .map(JsonValue::asJsonObject);
    }

    private static Stream<Arguments> named(Predicate<JsonObject> filter) {
        return signatureCases().filter(filter).map(c -> Arguments.of(Named.of(c.getString("id"), c)));
    }

    private static boolean isForm(JsonObject c) {
        return "form".equals(c.getString("kind"));
    }

    private static boolean hasRepeatedKeys(JsonObject c) {
        return c.getJsonObject("params").values().stream().anyMatch(v -> v.getValueType() == JsonValue.ValueType.ARRAY);
    }

    private static boolean isRejectedByTwilioJava(JsonObject c) {
        return REJECTED_BY_TWILIO_JAVA.contains(c.getString("id"));
    }

    static Stream<Arguments> formCases() {
        return named(c -> isForm(c) && !hasRepeatedKeys(c) && !isRejectedByTwilioJava(c));
    }

    static Stream<Arguments> formCasesTwilioJavaRejects() {
        return named(TwilioSignatureVectorsTest::isRejectedByTwilioJava);
    }

    static Stream<Arguments> formCasesWithRepeatedKeys() {
        return named(c -> isForm(c) && hasRepeatedKeys(c));
    }

    static Stream<Arguments> jsonBodyCases() {
        return named(c -> "json_body".equals(c.getString("kind")));
    }

    static Stream<Arguments> bodySha256Cases() {
        return vectors().getJsonArray("body_sha256_cases").stream().map(JsonValue::asJsonObject)
                .map(c -> Arguments.of(Named.of(c.getString("sha256_hex").substring(0, 12) + "… of " + c.getString("body"), c)));
    }

    // ---------------------------------------------------------------- tests

    /**
     * Every form-encoded case (official and derived) validates exactly when the vectors say it must.
     *
     * @param c one case of the vectors
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("formCases")
    void formCaseValidatesExactlyWhenExpected(JsonObject c) {
        boolean valid = new RequestValidator(c.getString("token")).validate(c.getString("url"), params(c), signature(c));
        assertEquals(c.getBoolean("expect_valid"), valid, note(c));
    }

    /**
     * The two official cases twilio-java does not normalise are rejected by the validator we use
     * (see {@link #REJECTED_BY_TWILIO_JAVA} for the decision), while the exact URL that was signed
     * validates: the signature is right, only the URL normalisation differs.
     *
     * @param c one of {@link #REJECTED_BY_TWILIO_JAVA}
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("formCasesTwilioJavaRejects")
    void twilioJavaRejectsTheTwoOfficialCasesItDoesNotNormalise(JsonObject c) {
        assertTrue(c.getBoolean("expect_valid"), "the vectors list this case as valid in other SDKs");
        RequestValidator validator = new RequestValidator(c.getString("token"));
        assertFalse(validator.validate(c.getString("url"), params(c), signature(c)),
                "twilio-java now accepts " + c.getString("id") + ": revisit REJECTED_BY_TWILIO_JAVA");
        assertTrue(validator.validate(c.getString("signed_url_variant"), params(c), signature(c)),
                "the exact signed URL must validate");
    }

    /**
     * Cases with a repeated form key cannot be expressed in twilio-java's {@code Map<String, String>}
     * API. {@link TwilioSmsWebhook} keeps the first value of each key, so such a request fails closed
     * (403); Twilio's inbound-SMS webhook sends each parameter once, so this never rejects a real
     * message. If the webhook ever needs repeated keys, it needs a validator that signs every value.
     *
     * @param c a case whose params hold an array
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("formCasesWithRepeatedKeys")
    void repeatedKeysReducedToTheirFirstValueAreRejected(JsonObject c) {
        Map<String, String> firstValues = new HashMap<>();
        c.getJsonObject("params").forEach((k, v) -> firstValues.put(k, v.getValueType() == JsonValue.ValueType.ARRAY
                ? ((JsonArray) v).getString(0) : text(v)));
        assertFalse(new RequestValidator(c.getString("token")).validate(c.getString("url"), firstValues, signature(c)),
                note(c));
    }

    /**
     * JSON-body webhooks: the URL (with its {@code bodySHA256} query parameter) is signed with no
     * params, and the raw body must hash to {@code bodySHA256}.
     *
     * @param c a {@code json_body} case
     * @throws Exception if the case's URL is not a URI
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonBodyCases")
    void jsonBodyCaseValidatesExactlyWhenExpected(JsonObject c) throws Exception {
        boolean valid = new RequestValidator(c.getString("token"))
                .validate(c.getString("url"), c.getString("raw_body"), signature(c));
        assertEquals(c.getBoolean("expect_valid"), valid, note(c));
    }

    /**
     * {@code validateBody} accepts a body's own SHA-256 and rejects it for a body changed by one byte.
     *
     * @param c a body SHA-256 case
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bodySha256Cases")
    void bodySha256MatchesOnlyTheUnchangedBody(JsonObject c) {
        RequestValidator validator = new RequestValidator("12345");
        assertTrue(validator.validateBody(c.getString("body"), c.getString("sha256_hex")));
        assertFalse(validator.validateBody(c.getString("body") + " ", c.getString("sha256_hex")));
    }

    /** The copy in the test resources is complete, and every case is checked by exactly one test above. */
    @Test
    void everyCaseIsCheckedOnce() {
        assertEquals(32, vectors().getJsonArray("official_cases").size());
        assertEquals(23, vectors().getJsonArray("derived_cases").size());
        assertTrue(vectors().getJsonArray("body_sha256_cases").size() >= 1);
        long checked = formCases().count() + formCasesTwilioJavaRejects().count() + formCasesWithRepeatedKeys().count()
                + jsonBodyCases().count();
        assertEquals(signatureCases().count(), checked);
        assertEquals(signatureCases().count(), signatureCases().map(c -> c.getString("id")).distinct().count(),
                "case ids must be unique");
    }

    /**
     * The cases Warmline expects twilio-java to reject against {@code expect_valid} are exactly those
     * the vectors' own twilio-java cross-check marks, so the decision covers no more and no less.
     */
    @Test
    void rejectedOfficialCasesAreExactlyThoseTheCrossCheckMarks() {
        Set<String> marked = signatureCases()
                .filter(c -> c.get("crosscheck_twilio_java_10_9_2").getValueType() != JsonValue.ValueType.STRING)
                .filter(c -> c.getBoolean("crosscheck_twilio_java_10_9_2") != c.getBoolean("expect_valid"))
                .map(c -> c.getString("id"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(REJECTED_BY_TWILIO_JAVA), marked);
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, String> params(JsonObject c) {
        Map<String, String> params = new HashMap<>();
        c.getJsonObject("params").forEach((k, v) -> params.put(k, text(v)));
        return params;
    }

    /** A JSON string's value; JSON null stays null (the {@code null_param_values} case). */
    private static String text(JsonValue v) {
        return v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) v).getString();
    }

    private static String signature(JsonObject c) {
        return c.isNull("expected_signature") ? null : c.getString("expected_signature");
    }

    private static String note(JsonObject c) {
        return c.getString("id") + (c.containsKey("note") ? ": " + c.getString("note") : "");
    }
}
