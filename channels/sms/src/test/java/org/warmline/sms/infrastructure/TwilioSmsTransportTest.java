package org.warmline.sms.infrastructure;

import org.warmline.conversation.api.Channel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.api.OutboundDispatch;
import org.warmline.conversation.api.OutboundRequest;
import org.warmline.conversation.api.SendFailure.Category;
import org.warmline.sms.application.SmsSendException;
import org.warmline.sms.infrastructure.FakeTwilioApi.Answer;

/** twilio-java's own client against a local fake of Twilio's Messages API, over real HTTP. */
class TwilioSmsTransportTest {

    private static final String CALLBACK = "https://warmline.example.org/webhooks/twilio/status?id=42";

    private FakeTwilioApi fake;
    private TwilioSmsTransport transport;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeTwilioApi();
        transport = new TwilioSmsTransport("AC00000000000000000000000000000001", "AC00000000000000000000000000000001",
                "token", "+12025550143", null, fake.baseUrl(), Duration.ofMillis(800));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static OutboundDispatch message(int attempt) {
        return new OutboundDispatch(42, 7, Channel.SMS, "+8613800138000", "腊月二十八的车已安排", OutboundRequest.Kind.NOTICE,
                attempt, Instant.now().minusSeconds(5));
    }

    private Category failureOf(OutboundDispatch m) {
        return assertThrows(SmsSendException.class, () -> transport.send(m, CALLBACK)).failure().category();
    }

    @Test
    void successReturnsTheMessageSidAndPassesOurStatusCallback() throws Exception {
        String sid = transport.send(message(1), CALLBACK);
        assertEquals(fake.created().get(0).sid(), sid);
        Map<String, String> form = fake.posts().get(0);
        assertEquals("+8613800138000", form.get("To"));
        assertEquals("+12025550143", form.get("From"));
        assertEquals("腊月二十八的车已安排", form.get("Body"));
        assertEquals(CALLBACK, form.get("StatusCallback"));
    }

    @Test
    void tooManyRequestsIsRetryableWithRetryAfterThenSucceeds() throws Exception {
        fake.script(new Answer(429, 20429, 0, "7"));
        SmsSendException e = assertThrows(SmsSendException.class, () -> transport.send(message(1), CALLBACK));
        assertEquals(Category.RETRYABLE, e.failure().category());
        assertEquals("20429", e.failure().code());
        assertEquals(Duration.ofSeconds(7), e.failure().retryAfter());
        assertTrue(transport.send(message(2), CALLBACK).startsWith("SM"));
        assertEquals(2, fake.posts().size());
    }

    @Test
    void serverErrorIsRetryableAndTwilioJavaDoesNotRetryItBehindOurBack() throws Exception {
        fake.script(Answer.error(503, 20503));
        assertEquals(Category.RETRYABLE, failureOf(message(1)));
        assertEquals(1, fake.posts().size(), "one POST per attempt: a 5xx POST may have created the message");
        assertTrue(transport.send(message(2), CALLBACK).startsWith("SM"));
        assertEquals(2, fake.posts().size());
    }

    @Test
    void unsubscribedRecipientIsNotRetriedAndMeansOptedOut() {
        fake.script(Answer.error(400, 21610));
        assertEquals(Category.RECIPIENT_OPTED_OUT, failureOf(message(1)));
    }

    @Test
    void invalidNumberAndLandlineAreFailedForGood() {
        fake.script(Answer.error(400, 21211), Answer.error(400, 21614));
        assertEquals(Category.PERMANENT, failureOf(message(1)));
        assertEquals(Category.PERMANENT, failureOf(message(1)));
    }

    @Test
    void timeoutIsRetryable() {
        fake.script(new Answer(201, null, 3000, null));
        SmsSendException e = assertThrows(SmsSendException.class, () -> transport.send(message(1), CALLBACK));
        assertEquals(Category.RETRYABLE, e.failure().category());
        assertTrue(e.failure().reason().startsWith("network error"), e.failure().reason());
    }

    @Test
    void findRecognisesAMessageTheProviderAlreadyHas() throws Exception {
        String sid = transport.send(message(1), CALLBACK);
        assertEquals(sid, transport.find(message(2)).orElseThrow());
        OutboundDispatch other = new OutboundDispatch(43, 7, Channel.SMS, "+8613800138000", "另一条", OutboundRequest.Kind.NOTICE,
                2, Instant.now());
        assertTrue(transport.find(other).isEmpty());
    }

    @Test
    void messagingServiceIsUsedInsteadOfTheNumberWhenConfigured() throws Exception {
        TwilioSmsTransport viaService = new TwilioSmsTransport("AC00000000000000000000000000000001", "SKkey", "secret",
                null, "MG961e38b5146c0b07d078f53dec9b699a", fake.baseUrl(), Duration.ofSeconds(2));
        viaService.send(message(1), CALLBACK);
        assertEquals("MG961e38b5146c0b07d078f53dec9b699a", fake.posts().get(0).get("MessagingServiceSid"));
        assertTrue(!fake.posts().get(0).containsKey("From"));
    }
}
