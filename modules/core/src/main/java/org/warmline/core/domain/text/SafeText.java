package org.warmline.core.domain.text;

/**
 * Text that any channel can carry: TwiML is XML 1.0, which cannot hold control characters other
 * than tab, line feed and carriage return, nor U+FFFE/U+FFFF or unpaired surrogates (XML 1.0 §2.2,
 * "Char"). A worker's text echoed back in a reply goes through here.
 */
public final class SafeText {

    private SafeText() {
    }

    /**
     * Cuts a text to a column's or a message's length without splitting a surrogate pair (an emoji
     * at the cut is dropped whole rather than leaving half of it, which XML and UTF-8 cannot carry).
     *
     * @param text any text, or null
     * @param max  the most UTF-16 chars to keep, at least 1
     * @return the text when it fits, else its longest prefix of at most {@code max} chars that ends
     *         on a whole character; null stays null
     */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /**
     * @param text any text, or null
     * @return the text without the characters XML 1.0 forbids (null becomes "")
     */
    public static String forXml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
