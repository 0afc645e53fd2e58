package org.warmline.conversation.api;

/**
 * A file a worker sent (a photo or document through /chat, an MMS picture the SMS channel fetched
 * from Twilio). The declared name and type are the sender's words and are never trusted: legal aid
 * reads the real type from the bytes.
 *
 * @param name         the file name the sender gave, or null (MMS has none)
 * @param declaredType the type the sender declared (Content-Type, MediaContentTypeN), or null
 * @param bytes        the file as read, at most {@link #MAX_BYTES} + 1 bytes (a channel stops reading
 *                     one byte past the limit, which is enough to refuse it); null when the channel could
 *                     not fetch it (timeout, provider error)
 */
public record InboundFile(String name, String declaredType, byte[] bytes) {

    /** Largest file accepted, in bytes: 5 MiB (issue 12, point 6), as legal aid's check says. */
    public static final int MAX_BYTES = org.warmline.legalaid.api.CaseEvidence.MAX_BYTES;

    /** Cuts the name to 200 and the declared type to {@link InboundMedia#MAX_CONTENT_TYPE} characters. */
    public InboundFile {
        name = name == null || name.isBlank() ? null : name.length() > 200 ? name.substring(0, 200) : name;
        declaredType = declaredType == null || declaredType.isBlank() ? null
                : declaredType.length() > InboundMedia.MAX_CONTENT_TYPE
                ? declaredType.substring(0, InboundMedia.MAX_CONTENT_TYPE) : declaredType;
    }

    /**
     * @param name         the name the sender gave, or null
     * @param declaredType the declared type, or null
     * @return a file the channel could not fetch
     */
    public static InboundFile unreachable(String name, String declaredType) {
        return new InboundFile(name, declaredType, null);
    }
}
