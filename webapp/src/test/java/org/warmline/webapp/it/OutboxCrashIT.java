package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged server killed with SIGKILL (kill -9) around the outbox, then started again on the same
 * H2 file: a message is sent exactly once, counted by the fake Twilio REST API in this process (it
 * outlives the server).
 */
class OutboxCrashIT {

    private static FakeTwilio twilio;

    @BeforeAll
    static void start() throws Exception {
        twilio = new FakeTwilio();
    }

    @AfterAll
    static void stop() {
        twilio.close();
    }

    /**
     * Embedded H2 as the default set-up has it, plus {@code WRITE_DELAY=0}: H2 writes committed
     * transactions to its file up to 500 ms late by default, so a SIGKILL right after a commit loses
     * it (reproduced: the queued row was gone after the restart). The default URL in
     * WarmlineDataSource needs the same setting.
     */
    private static Map<String, String> env(Path dir, boolean senderEnabled) {
        Map<String, String> env = new HashMap<>();
        env.put("WARMLINE_DB_URL", "jdbc:h2:file:" + dir.resolve("warmline") + ";AUTO_SERVER=FALSE;WRITE_DELAY=0");
        env.put("WARMLINE_TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000001");
        env.put("WARMLINE_TWILIO_FROM_NUMBER", "+12025550143");
        env.put("WARMLINE_TWILIO_API_BASE_URL", twilio.baseUrl());
        env.put("WARMLINE_SMS_SENDER_ENABLED", String.valueOf(senderEnabled));
        env.put("WARMLINE_SMS_CLAIM_LEASE", "PT3S");
        env.put("WARMLINE_SMS_PROVIDER_TIMEOUT", "PT60S");
        env.put("WARMLINE_SMS_POLL_INTERVAL", "PT0.2S");
        env.put("WARMLINE_CLOCK_FIXED", "");
        return env;
    }

    private static void kill9(WarmlineServer server) throws Exception {
        ProcessHandle handle = ProcessHandle.of(server.pid()).orElseThrow();
        handle.destroyForcibly();   // SIGKILL on Unix: no shutdown hooks, no orderly close
        handle.onExit().get(30, TimeUnit.SECONDS);
    }

    private static String worker(WarmlineServer server, String phone) throws Exception {
        assertEquals(200, Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), phone, "你好").statusCode());
        return phone;
    }

    @Test
    void messageStoredButNotSentBeforeKill9IsSentOnceAfterRestart() throws Exception {
        Path dir = Files.createTempDirectory("warmline-it-crash1");
        String phone = "+8613900139001";
        long id;
        WarmlineServer first = new WarmlineServer(dir, env(dir, false)).start();
        try {
            worker(first, phone);
            id = Outbox.queued(first, phone, "服务器重启后发出", "NOTICE");
            assertEquals("QUEUED", Outbox.message(first, phone, id).getString("status"));
            kill9(first);
        } finally {
            first.close();
        }
        assertEquals(0, twilio.postsTo(phone).size());
        try (WarmlineServer second = new WarmlineServer(dir, env(dir, true)).start()) {
            Outbox.await(second, phone, id, Outbox.status("SENT"), Duration.ofSeconds(30));
            Thread.sleep(3000);
            assertEquals(1, twilio.postsTo(phone).size());
        }
    }

    @Test
    void messageInFlightWhenKilledIsNotSentAgainAfterRestart() throws Exception {
        Path dir = Files.createTempDirectory("warmline-it-crash2");
        String phone = "+8613900139002";
        twilio.script(phone, new FakeTwilio.Answer(201, null, 120_000));   // Twilio takes it, the answer never comes
        long id;
        WarmlineServer first = new WarmlineServer(dir, env(dir, true)).start();
        try {
            worker(first, phone);
            id = Outbox.queued(first, phone, "发送途中宕机", "NOTICE");
            Instant end = Instant.now().plusSeconds(20);
            while (twilio.postsTo(phone).isEmpty() && Instant.now().isBefore(end)) {
                Thread.sleep(50);
            }
            assertEquals(1, twilio.postsTo(phone).size());
            kill9(first);   // between Twilio taking the message and our storing its MessageSid
        } finally {
            first.close();
        }
        try (WarmlineServer second = new WarmlineServer(dir, env(dir, true)).start()) {
            var m = Outbox.await(second, phone, id, Outbox.status("SENT"), Duration.ofSeconds(30));
            assertEquals(twilio.postsTo(phone).get(0).sid(), m.getString("providerMessageId"));
            Thread.sleep(3000);
            assertEquals(1, twilio.postsTo(phone).size(), "found at Twilio after the restart, not posted again");
        }
    }
}
