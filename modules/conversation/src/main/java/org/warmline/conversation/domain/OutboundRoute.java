package org.warmline.conversation.domain;

import java.util.Objects;
import java.util.function.Predicate;
import org.warmline.conversation.api.Channel;

/**
 * Which channel an outbox message goes on (issue 11, point 3). An operator's message (or a reply queued
 * through the outbox) follows the worker: it goes on the channel they last wrote on, when Warmline has
 * an address for them there, so a worker who asked for a person by SMS and then went on in the web chat
 * reads the answer in the chat, and the other way round. Everything else goes where the caller says:
 * notices and bulk notices keep core's rule (by SMS to a worker with a phone, else in the chat; issue 10,
 * item 3), a one-time code goes by SMS to the number being verified, and a message with an explicit
 * address stays on the caller's channel. A bot reply inside the channel's own answer (TwiML, the chat's
 * response) never comes here: it is on the worker's channel by construction.
 */
public final class OutboundRoute {

    private OutboundRoute() {
    }

    /**
     * @param kind         why the message is sent
     * @param addressGiven whether the caller named the address ({@code OutboundRequest.to})
     * @return whether the message follows the worker to the channel they last wrote on
     */
    public static boolean followsTheWorker(Message.Kind kind, boolean addressGiven) {
        return !addressGiven && (kind == Message.Kind.OPERATOR || kind == Message.Kind.REPLY);
    }

    /**
     * @param kind         why the message is sent
     * @param requested    the caller's channel (a ticket's channel, core's notice channel, SMS for a code)
     * @param addressGiven whether the caller named the address
     * @param lastWrittenOn the channel of the worker's latest message to us, or null (never wrote, or not asked)
     * @param reachable    whether the worker has an address on a channel
     * @return the channel to send on
     */
    public static Channel channelFor(Message.Kind kind, Channel requested, boolean addressGiven,
                                     Channel lastWrittenOn, Predicate<Channel> reachable) {
        Objects.requireNonNull(requested, "requested");
        if (followsTheWorker(kind, addressGiven) && lastWrittenOn != null && lastWrittenOn != requested
                && reachable.test(lastWrittenOn)) {
            return lastWrittenOn;
        }
        return requested;
    }
}
