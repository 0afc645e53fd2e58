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
