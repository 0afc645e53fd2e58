package org.warmline.conversation.api;

import java.util.List;

/**
 * A worker's message as a channel received it.
 *
 * @param channel          the channel it came on
 * @param channelMessageId the channel's own id (Twilio's MessageSid), unique per channel; a second
 *                         delivery with the same id is a duplicate
 * @param from             the sender's address on that channel ({@link Channel#address()}): a phone
 *                         number as the channel gives it (any format libphonenumber reads; E.164 from
 *                         Twilio), or the web chat's sender id (1..64 characters)
 * @param body             the text the dialog reads, possibly empty; personal data, never logged at INFO
 * @param rawBody          the text exactly as received when the channel decoded it into {@code body}
 *                         (Twilio's base64 bodies), else null; kept with the message for staff
 * @param media            attached media (MMS), at most {@link InboundMedia#MAX_PER_MESSAGE}; never null
 */
public record InboundMessage(Channel channel, String channelMessageId, String from, String body, String rawBody,
                             List<InboundMedia> media) {

    /** Copies the media list (null means none); keeps at most {@link InboundMedia#MAX_PER_MESSAGE}. */
    public InboundMessage {
        media = media == null ? List.of()
                : List.copyOf(media.subList(0, Math.min(media.size(), InboundMedia.MAX_PER_MESSAGE)));
    }

    /**
     * A text message as received, without media.
     *
     * @param channel          the channel
     * @param channelMessageId the channel's id
     * @param from             the sender
     * @param body             the text
     */
    public InboundMessage(Channel channel, String channelMessageId, String from, String body) {
        this(channel, channelMessageId, from, body, null, List.of());
    }
}
