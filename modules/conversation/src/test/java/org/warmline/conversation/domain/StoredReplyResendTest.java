package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.api.Channel;

/**
 * A bot reply whose webhook answer was lost (the server stopped before answering; the start-up check
 * processed the message) goes out through the outbox as a direct reply; nothing else is re-queued.
 */
class StoredReplyResendTest {

    private static final Instant T = Instant.parse("2026-12-08T01:00:00Z");

    @Test
    void botReplyIsQueuedAsADirectReplyDueNow() {
        Message reply = Message.botReply(1, 2, Channel.SMS, "已为您转接人工", 10, T);
        assertTrue(reply.sendLaterAsReply("+8613900112001", T.plusSeconds(60)));
        assertEquals(Message.Delivery.QUEUED, reply.delivery());
        assertEquals("+8613900112001", reply.toAddress());
        assertEquals(Message.Kind.REPLY, reply.kind());
        assertEquals(T.plusSeconds(60), reply.nextAttemptAt());
    }

    @Test
    void replyAlreadyInTheOutboxOrAnInboundMessageIsLeftAlone() {
        Message reply = Message.botReply(1, 2, Channel.SMS, "已为您转接人工", 10, T);
        assertTrue(reply.sendLaterAsReply("+8613900112001", T));
        assertFalse(reply.sendLaterAsReply("+8613900112001", T), "queued once, not twice");
        assertFalse(Message.inbound(1, Channel.SMS, "SM1", "转人工", T).sendLaterAsReply("+8613900112001", T));
        Message notice = Message.queued(1, 2, Channel.SMS, "+8613900112001", "通知", Message.Kind.NOTICE, null, T);
        assertFalse(notice.sendLaterAsReply("+8613900112001", T), "not a reply to a message");
    }
}
