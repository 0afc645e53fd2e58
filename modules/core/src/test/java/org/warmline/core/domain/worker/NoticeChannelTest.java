package org.warmline.core.domain.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.warmline.core.domain.phone.PhoneNumber;

/** Issue 10, item 3: the one rule for the channel a worker is told news on. */
class NoticeChannelTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void aWorkerWithAPhoneIsToldBySms() {
        assertEquals(NoticeChannel.SMS, new Worker(PhoneNumber.parse("+8613800138000"), "zh", NOW).noticeChannel());
    }

    @Test
    void aChatOnlyWorkerIsToldInTheChat() {
        assertEquals(NoticeChannel.CHAT, Worker.fromChat("chat:0123", "zh", NOW).noticeChannel());
    }

    @Test
    void aChatWorkerWhoVerifiedAPhoneIsToldBySmsAsThePageOffered() {
        Worker worker = Worker.fromChat("chat:0123", "zh", NOW);
        worker.attachPhone(PhoneNumber.parse("+8613800138000"));
        assertEquals(NoticeChannel.SMS, worker.noticeChannel());
    }
}
