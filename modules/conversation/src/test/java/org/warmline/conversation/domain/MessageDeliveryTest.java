package org.warmline.conversation.domain;

import org.warmline.conversation.api.Channel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.domain.Message.Delivery;
import org.warmline.conversation.domain.Message.Kind;

class MessageDeliveryTest {

    private static final Instant T = Instant.parse("2026-12-01T01:00:00Z");

    private static Message queued() {
        return Message.queued(1, 2, Channel.SMS, "+8613800138000", "车票已出", Kind.NOTICE, null, T);
    }

    @Test
    void queuedMessageMovesForwardToDelivered() {
        Message m = queued();
        assertEquals(Delivery.QUEUED, m.delivery());
        assertTrue(m.advance(Delivery.SENDING, null, null, null, T));
        assertTrue(m.advance(Delivery.SENT, "SM1", null, null, T));
        assertTrue(m.advance(Delivery.DELIVERED, null, null, null, T));
        assertEquals("SM1", m.providerMessageId());
        assertEquals(T, m.sentAt());
    }

    @Test
    void lateSentAfterDeliveredChangesNothing() {
        Message m = queued();
        m.advance(Delivery.DELIVERED, "SM1", null, null, T);
        assertFalse(m.advance(Delivery.SENT, "SM1", null, null, T));
        assertEquals(Delivery.DELIVERED, m.delivery());
    }

    @Test
    void deliveredMovesOnlyToRead() {
        Message m = queued();
        m.advance(Delivery.DELIVERED, "SM1", null, null, T);
        assertFalse(m.advance(Delivery.UNDELIVERED, null, "30003", "x", T));
        assertFalse(m.advance(Delivery.FAILED, null, "30008", "x", T));
        assertTrue(m.advance(Delivery.READ, null, null, null, T));
        assertFalse(m.advance(Delivery.DELIVERED, null, null, null, T));
    }

    @Test
    void undeliveredAndFailedAreFinalAndKeepTheErrorCode() {
        Message m = queued();
        m.advance(Delivery.SENT, "SM1", null, null, T);
        assertTrue(m.advance(Delivery.UNDELIVERED, null, "30003", "unreachable handset", T));
        assertFalse(m.advance(Delivery.DELIVERED, null, null, null, T));
        assertFalse(m.advance(Delivery.FAILED, null, "30008", null, T));
        assertEquals("30003", m.errorCode());
        assertEquals("unreachable handset", m.errorMessage());
    }

    @Test
    void callbackBeforeOurOwnWriteIsNotUndoneByIt() {
        Message m = queued();
        m.advance(Delivery.SENDING, null, null, null, T);
        m.advance(Delivery.DELIVERED, "SM1", null, null, T);   // callback wins the race
        assertFalse(m.advance(Delivery.SENT, "SM1", null, null, T));  // our "accepted" write
        assertEquals(Delivery.DELIVERED, m.delivery());
        assertFalse(m.retryAt(T, "500", "late failure", T), "a delivered message is never retried");
    }

    @Test
    void providerIdIsKeptEvenWhenTheStateDoesNotMove() {
        Message m = queued();
        m.advance(Delivery.DELIVERED, null, null, null, T);
        m.advance(Delivery.SENT, "SM9", null, null, T);
        assertEquals("SM9", m.providerMessageId());
    }

    @Test
    void retryGoesBackToQueuedOnlyFromSending() {
        Message m = queued();
        m.advance(Delivery.SENDING, null, null, null, T);
        Instant later = T.plusSeconds(10);
        assertTrue(m.retryAt(later, "503", "HTTP 503", T));
        assertEquals(Delivery.QUEUED, m.delivery());
        assertEquals(later, m.nextAttemptAt());
    }

    @Test
    void droppedMessageIsNeverSentAndHasNoSentTime() {
        Message m = queued();
        assertTrue(m.advance(Delivery.DROPPED, null, "expired", "not sent: expired", T));
        assertNull(m.sentAt());
        assertFalse(m.advance(Delivery.SENDING, null, null, null, T));
    }

    @Test
    void inboundMessageHasNoDeliveryState() {
        Message m = Message.inbound(1, Channel.SMS, "SM1", "hi", T);
        assertNull(m.delivery());
        assertFalse(m.advance(Delivery.SENT, null, null, null, T));
    }
}
