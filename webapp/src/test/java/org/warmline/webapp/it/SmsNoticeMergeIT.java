package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sending policy over real HTTP (issue "SMS channel …", Build 6): several updates for one worker are
 * merged into one message. The packaged server sends through twilio-java to a fake Twilio REST API
 * in this process, paced at one message per 4 s, so that notices queued over the staff API while the
 * sender waits for its next slot are all still queued when it takes the first of them.
 */
class SmsNoticeMergeIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static FakeTwilio twilio;
    private static WarmlineServer server;

    @BeforeAll
    static void start() throws Exception {
        twilio = new FakeTwilio();
        Map<String, String> env = new HashMap<>();
        env.put("WARMLINE_TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000001");
        env.put("WARMLINE_TWILIO_FROM_NUMBER", "+12025550143");
        env.put("WARMLINE_TWILIO_API_BASE_URL", twilio.baseUrl());
        env.put("WARMLINE_SMS_MESSAGES_PER_SECOND", "0.25");
        env.put("WARMLINE_SMS_POLL_INTERVAL", "PT0.2S");
        env.put("WARMLINE_CLOCK_FIXED", "");   // the pace needs time to pass
        server = new WarmlineServer(Files.createTempDirectory("warmline-it-merge"), env).start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        twilio.close();
    }

    /** A new worker (they texted once). @return their phone */
    private static String worker(String phone) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), phone, "你好");
        assertEquals(200, r.statusCode(), r.body());
        return phone;
    }

    @Test
    void noticesQueuedForOneWorkerWhileTheSenderWaitsGoOutAsOneSms() throws Exception {
        String pacer = worker("+8613800139001");
        String phone = worker("+8613800139002");
        // takes the sender's only slot: the next one opens 4 s after this notice went out
        long first = Outbox.queued(server, pacer, "您的返乡登记已收到", "NOTICE");
        Outbox.await(server, pacer, first, Outbox.status("SENT"), WAIT);

        Instant queuedFrom = Instant.now();
        long a = Outbox.queued(server, phone, "您的返乡车票已确认：1月29日 杭州→六安", "NOTICE");
        long b = Outbox.queued(server, phone, "上车地点：杭州汽车南站3号门", "NOTICE");
        long c = Outbox.queued(server, phone, "请携带身份证提前30分钟到达", "NOTICE");
        assertTrue(Duration.between(queuedFrom, Instant.now()).toMillis() < 3000,
                "the three notices must be queued within the sender's pause");

        JsonObject sent = Outbox.await(server, phone, a, Outbox.status("SENT"), WAIT);
        assertEquals("您的返乡车票已确认：1月29日 杭州→六安\n上车地点：杭州汽车南站3号门\n请携带身份证提前30分钟到达",
                sent.getString("body"));
        assertEquals("MERGED", Outbox.message(server, phone, b).getString("status"));
        assertEquals("MERGED", Outbox.message(server, phone, c).getString("status"));

        List<FakeTwilio.Post> posts = twilio.postsTo(phone);
        assertEquals(1, posts.size(), "one SMS for three notices: " + posts);
        assertEquals(sent.getString("body"), posts.get(0).form().get("Body"));
        assertEquals(sent.getString("providerMessageId"), posts.get(0).sid());
    }
}
