package org.warmline.conversation.api;

/**
 * A media file attached to an inbound message (an MMS picture, Twilio's {@code MediaUrlN} and
 * {@code MediaContentTypeN}). Staff open it from the console; the file itself stays with the provider.
 *
 * @param url         where the provider keeps it; an absolute http or https URL of at most
 *                    {@link #MAX_URL} characters
 * @param contentType its MIME type as the provider gives it (e.g. image/jpeg), at most
 *                    {@link #MAX_CONTENT_TYPE} characters, or null
 */
public record InboundMedia(String url, String contentType) {

    /** Longest URL kept, in characters. */
    public static final int MAX_URL = 1000;
    /** Longest content type kept, in characters. */
    public static final int MAX_CONTENT_TYPE = 100;
    /** Most media per message (Twilio sends at most 10: MediaUrl0 … MediaUrl9). */
    public static final int MAX_PER_MESSAGE = 10;

    /**
     * @throws IllegalArgumentException unless the URL is an absolute http(s) URL of at most
     *                                  {@link #MAX_URL} characters, or the type is too long
     */
    public InboundMedia {
        if (!isWebUrl(url)) {
            throw new IllegalArgumentException("a media URL must be an absolute http(s) URL of at most " + MAX_URL
                    + " characters");
        }
        if (contentType != null && (contentType.isBlank() || contentType.length() > MAX_CONTENT_TYPE)) {
            contentType = contentType.isBlank() ? null : contentType.substring(0, MAX_CONTENT_TYPE);
        }
    }

    /**
     * @param url a text, possibly null
     * @return whether it is an absolute http or https URL with a host, of at most {@link #MAX_URL}
     *         characters and without spaces or control characters — the only links staff are shown
     */
    public static boolean isWebUrl(String url) {
        if (url == null || url.length() > MAX_URL || !url.chars().allMatch(c -> c > 0x20 && c != 0x7F)) {
            return false;
        }
        try {
            java.net.URI u = new java.net.URI(url);
            String scheme = u.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && u.getHost() != null && !u.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
