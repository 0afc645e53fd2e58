package org.warmline.conversation.api;

import java.util.List;

/**
 * The files of one message from a worker, as a channel hands them over ({@link InboundFiles}).
 *
 * @param channel          the channel they came on
 * @param channelMessageId the channel's id of the message (MessageSid; the chat's message id), 1..64
 *                         characters; file N is known to legal aid as this id + ":" + N
 * @param from             the sender's address on the channel (a phone for SMS, the chat's sender id)
 * @param messageId        the inbound message already stored for them (an MMS with text, which the
 *                         dialog answered), or 0: then the files' own message is stored here
 * @param media            the provider's URLs of the files (MMS), kept with the message stored here; never null
 * @param files            the files, in order, 1..{@link InboundMedia#MAX_PER_MESSAGE}
 * @param language         the language to answer in ("zh" or "en", e.g. the chat page's), or null for the
 *                         worker's own
 */
public record InboundFileMessage(Channel channel, String channelMessageId, String from, long messageId,
                                 List<InboundMedia> media, List<InboundFile> files, String language) {

    /**
     * @throws IllegalArgumentException without a channel, a channel message id of 1..64 characters, or
     *                                  with no file or more than {@link InboundMedia#MAX_PER_MESSAGE}
     */
    public InboundFileMessage {
        if (channel == null) {
            throw new IllegalArgumentException("channel is required");
        }
        if (channelMessageId == null || channelMessageId.isBlank() || channelMessageId.length() > 64) {
            throw new IllegalArgumentException("a channel message id of 1..64 characters is required");
        }
        if (files == null || files.isEmpty() || files.size() > InboundMedia.MAX_PER_MESSAGE) {
            throw new IllegalArgumentException("1.." + InboundMedia.MAX_PER_MESSAGE + " files are required");
        }
        files = List.copyOf(files);
        media = media == null ? List.of() : List.copyOf(media);
        language = "en".equals(language) || "zh".equals(language) ? language : null;
    }
}
