package org.warmline.sms.application;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Twilio sometimes delivers a long (concatenated) inbound SMS with its Body as base64 of the UTF-8
 * text (seen by RapidPro's courier, whose Twilio handler decodes it). This rule decodes such a body
 * for the dialog — the raw body is kept with the message — and leaves every other text alone.
 *
 * <p>A body is decoded only when all of these hold:
 * <ul>
 *   <li>it is at least {@link #MIN_LENGTH} characters long (after trimming). Why 60: Twilio only does
 *       this to concatenated messages, which are longer than one segment (160 GSM-7 or 70 UCS-2
 *       characters; as base64 of UTF-8 that is always more than 60 characters), while a worker's own
 *       Latin-letter texts that happen to be valid base64 are short: "TEST", "abcd", "OKOK", a pinyin
 *       word, a code. At 60 characters (45 decoded bytes) a text that is not base64 passes every
 *       other test below only by an astronomically small chance;</li>
 *   <li>it is strict base64 (RFC 4648 §4, standard alphabet): only {@code A-Z a-z 0-9 + /}, at most
 *       two {@code =} at the end, a length divisible by 4, no spaces or line breaks, and canonical
 *       (encoding the decoded bytes again gives the same text: no stray bits in the last quantum);</li>
 *   <li>the bytes are valid UTF-8 (malformed or unmappable input is refused, not replaced);</li>
 *   <li>the text has no control characters other than tab, line feed and carriage return, and has at
 *       least one letter (Han or other): readable text, not binary.</li>
 * </ul>
 */
public final class Base64Body {

    /** Shortest body (in characters, trimmed) that is ever decoded; see the class comment for why. */
    public static final int MIN_LENGTH = 60;

    private static final Pattern STRICT = Pattern.compile("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$");

    private Base64Body() {
    }

    /**
     * @param body an inbound Body as received, possibly null
     * @return the decoded text when the body is strict base64 of readable UTF-8 text of at least
     *         {@link #MIN_LENGTH} characters; empty otherwise (use the body as it is)
     */
    public static Optional<String> decode(String body) {
        if (body == null) {
            return Optional.empty();
        }
        String s = body.strip();
        if (s.length() < MIN_LENGTH || s.length() % 4 != 0 || !STRICT.matcher(s).matches()) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(s)) {
            return Optional.empty();   // not canonical: stray bits in the last quantum
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        boolean letter = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r') {
                return Optional.empty();
            }
            if (cp == 0xFEFF || Character.getType(cp) == Character.UNASSIGNED
                    || Character.getType(cp) == Character.PRIVATE_USE) {
                return Optional.empty();
            }
            letter |= Character.isLetter(cp);
        }
        return letter && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }
}
