package org.warmline.conversation.api;

import java.util.Objects;

/**
 * How many SMS segments a text takes, the way carriers and Twilio count them (Twilio docs "What the
 * heck is a segment?", GSM 03.38 / 3GPP TS 23.038): a text made only of GSM-7 characters is sent in
 * 7-bit septets, 160 per single message, 153 per part of a concatenated one, and the extension
 * characters {@code ^ { } \ [ ~ ] | €} and form feed take two septets (escape + character), never
 * split across parts; any other character makes the whole text UCS-2 (UTF-16 code units: 70 alone,
 * 67 per part), where a character outside the Basic Multilingual Plane (emoji, rare CJK) takes two
 * units and is never split across parts either. Used by the sending policy, shown to anyone composing,
 * and to refuse a text longer than {@link #MAX_SEGMENTS} segments.
 *
 * @param encoding GSM7 or UCS2
 * @param units    septets (GSM-7) or UTF-16 code units (UCS-2) the text takes
 * @param segments parts the text is sent as (at least 1, also for an empty text)
 */
public record SmsSegmentCount(Encoding encoding, int units, int segments) {

    /** The longest text Warmline sends, in segments (a Chinese text of 8 × 67 = 536 characters). */
    public static final int MAX_SEGMENTS = 8;

    /** The SMS data coding of a text. */
    public enum Encoding {
        /** GSM 03.38 default alphabet, 7 bits per character. */
        GSM7(160, 153),
        /** UCS-2 (UTF-16 code units), 16 bits per unit. */
        UCS2(70, 67);

        private final int single;
        private final int part;

        Encoding(int single, int part) {
            this.single = single;
            this.part = part;
        }

        /** @return units that fit in one single (not concatenated) message */
        public int single() {
            return single;
        }

        /** @return units per part of a concatenated message (the user data header takes the rest) */
        public int part() {
            return part;
        }
    }

    private static final String GSM_BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    /** @throws IllegalArgumentException if a count is negative or segments is below 1 */
    public SmsSegmentCount {
        Objects.requireNonNull(encoding, "encoding");
        if (units < 0 || segments < 1) {
            throw new IllegalArgumentException("units must be >= 0 and segments >= 1");
        }
    }

    /**
     * @param text the text (null counts as empty)
     * @return its encoding, length in units and number of segments
     */
    public static SmsSegmentCount of(String text) {
        String s = text == null ? "" : text;
        boolean gsm = s.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
        Encoding encoding = gsm ? Encoding.GSM7 : Encoding.UCS2;
        int total = 0;
        int segments = 1;
        int inPart = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int width = gsm ? (GSM_EXTENSION.indexOf(cp) >= 0 ? 2 : 1) : Character.charCount(cp);
            i += Character.charCount(cp);
            total += width;
            if (inPart + width > encoding.part()) {
                segments++;
                inPart = 0;
            }
            inPart += width;
        }
        if (total <= encoding.single()) {
            segments = 1;
        }
        return new SmsSegmentCount(encoding, total, segments);
    }

    /** @return whether the text is short enough to send ({@link #segments} ≤ {@link #MAX_SEGMENTS}) */
    public boolean sendable() {
        return segments <= MAX_SEGMENTS;
    }
}
