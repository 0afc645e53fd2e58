package org.warmline.sms.interfaces.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reading our id from a status callback's URL: what cannot be read is null (the MessageSid is used instead). */
class StatusCallbackIdTest {

    @Test
    void aPositiveNumberIsOurId() {
        assertEquals(51L, TwilioStatusWebhook.messageId("51"));
        assertEquals(51L, TwilioStatusWebhook.messageId(" 51 "));
    }

    @Test
    void missingEmptyOrGarbageIdsAreUnreadable() {
        for (String id : Arrays.asList(null, "", " ", "abc", "51abc", "-3", "0", "1e3", "99999999999999999999",
                "51;drop", "%00")) {
            assertNull(TwilioStatusWebhook.messageId(id), String.valueOf(id));
        }
    }
}
