package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.domain.Message.Kind;

/** Issue 11, point 3: an operator's message follows the worker; notices and codes go where they are sent. */
class OutboundRouteTest {

    private static final Predicate<Channel> BOTH = Set.of(Channel.SMS, Channel.CHAT)::contains;

    @Test
    void anOperatorsMessageGoesOnTheChannelTheWorkerLastWroteOn() {
        assertEquals(Channel.CHAT, OutboundRoute.channelFor(Kind.OPERATOR, Channel.SMS, false, Channel.CHAT, BOTH));
        assertEquals(Channel.SMS, OutboundRoute.channelFor(Kind.OPERATOR, Channel.CHAT, false, Channel.SMS, BOTH));
        assertEquals(Channel.CHAT, OutboundRoute.channelFor(Kind.REPLY, Channel.SMS, false, Channel.CHAT, BOTH));
    }

    @Test
    void anOperatorsMessageStaysOnTheTicketsChannelWhenTheWorkerCannotBeReachedWhereTheyLastWrote() {
        Predicate<Channel> smsOnly = Set.of(Channel.SMS)::contains;
        assertEquals(Channel.SMS, OutboundRoute.channelFor(Kind.OPERATOR, Channel.SMS, false, Channel.CHAT, smsOnly));
    }

    @Test
    void aWorkerWhoNeverWroteIsAnsweredOnTheRequestedChannel() {
        assertEquals(Channel.CHAT, OutboundRoute.channelFor(Kind.OPERATOR, Channel.CHAT, false, null, BOTH));
    }

    @Test
    void noticesKeepCoresRuleEvenWhenTheWorkerLastWroteInTheChat() {
        assertEquals(Channel.SMS, OutboundRoute.channelFor(Kind.NOTICE, Channel.SMS, false, Channel.CHAT, BOTH));
        assertEquals(Channel.SMS, OutboundRoute.channelFor(Kind.BULK, Channel.SMS, false, Channel.CHAT, BOTH));
    }

    @Test
    void aCodeAndAnyMessageWithAnAddressGoWhereTheCallerSays() {
        assertEquals(Channel.SMS, OutboundRoute.channelFor(Kind.VERIFICATION, Channel.SMS, true, Channel.CHAT, BOTH));
        assertEquals(Channel.SMS, OutboundRoute.channelFor(Kind.OPERATOR, Channel.SMS, true, Channel.CHAT, BOTH));
    }

    @Test
    void onlyOperatorMessagesAndRepliesWithoutAnAddressFollowTheWorker() {
        for (Kind kind : Kind.values()) {
            boolean follows = kind == Kind.OPERATOR || kind == Kind.REPLY;
            assertEquals(follows, OutboundRoute.followsTheWorker(kind, false), kind.name());
            assertEquals(false, OutboundRoute.followsTheWorker(kind, true), kind.name());
        }
    }
}
