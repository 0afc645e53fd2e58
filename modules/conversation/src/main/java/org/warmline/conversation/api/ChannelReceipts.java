package org.warmline.conversation.api;

import java.util.Collection;

/**
 * Receipts from a channel that hands outbound messages to the worker itself rather than through a
 * provider: the web chat, whose page receives queued operator messages and notices over its event
 * stream or its polling fallback (issue 10, item 3). A receipt moves the message's delivery status
 * forward only (QUEUED → DELIVERED → READ) and fires {@link DeliveryChanged}, so the operators'
 * console shows it live like an SMS status callback.
 */
public interface ChannelReceipts {

    /**
     * The worker's page received these messages.
     *
     * @param channel    the channel, e.g. {@link Channel#CHAT}; messages of other channels are left alone
     * @param workerId   the worker whose page received them; other workers' messages are left alone
     * @param messageIds outbound message ids the page was given (inbound ids and unknown ids are ignored)
     * @return how many messages moved to DELIVERED
     */
    int delivered(Channel channel, long workerId, Collection<Long> messageIds);

    /**
     * The worker's page showed every message up to an id while the worker was looking at it.
     *
     * @param channel       the channel, e.g. {@link Channel#CHAT}
     * @param workerId      the worker
     * @param upToMessageId the newest message id shown
     * @return how many messages moved to READ
     */
    int read(Channel channel, long workerId, long upToMessageId);
}
