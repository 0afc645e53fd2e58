package org.warmline.sms.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.exception.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.api.SendFailure.Category;

/** Which Twilio errors are passing (retried with backoff) and which are final (issue 10, point 8). */
class TwilioErrorsTest {

    @Test
    void rateLimitsQueueOverflowCongestionAndMaintenanceArePassing() {
        for (String code : List.of("63018", "63017", "63038", "30001", "30017", "30022", "20429", "20500", "20503",
                "21611", "21730", " 63018 ")) {
            assertTrue(TwilioErrors.isTransient(code), code);
        }
    }

    @Test
    void handsetCarrierAndOptOutErrorsAreFinal() {
        for (String code : List.of("21610", "21211", "21614", "30003", "30004", "30005", "30006", "30007", "30008",
                "63016", "")) {
            assertFalse(TwilioErrors.isTransient(code), code);
        }
        assertFalse(TwilioErrors.isTransient(null));
    }

    @Test
    void aRateLimitAnsweredWithA4xxIsRetriedNotFailed() {
        ApiException rateLimited = new ApiException("Rate limit exceeded for Channel", 63018, null, 400, null);
        assertEquals(Category.RETRYABLE, TwilioErrors.classify(rateLimited, null).category());
        ApiException invalidTo = new ApiException("Invalid 'To' Phone Number", 21211, null, 400, null);
        assertEquals(Category.PERMANENT, TwilioErrors.classify(invalidTo, null).category());
        ApiException stop = new ApiException("unsubscribed", 21610, null, 400, null);
        assertEquals(Category.RECIPIENT_OPTED_OUT, TwilioErrors.classify(stop, null).category());
    }
}
