package org.warmline.conversation.domain;

/**
 * Counts the SMS segments a text needs: GSM-7 (160 alone, 153 per part when concatenated; the
 * extension characters count twice) if every character is in the GSM 03.38 alphabet, otherwise
 * UCS-2 (70 alone, 67 per part, counted in UTF-16 units as carriers do).
 */
final class SmsSegments {

    private static final String GSM_BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private SmsSegments() {
    }

    /** @return true if the text can be sent as GSM-7 */
    static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
    }

    /** @return the number of segments the text is sent as (at least 1) */
    static int count(String text) {
        if (isGsm7(text)) {
            int septets = text.chars().map(c -> GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = text.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }
}
