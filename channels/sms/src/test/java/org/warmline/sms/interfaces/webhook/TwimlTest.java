package org.warmline.sms.interfaces.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The webhook writes its TwiML answer itself (twilio-java's {@code toXml()} costs a
 * {@code ServiceLoader} scan per call); the text must stay exactly what twilio-java writes.
 */
class TwimlTest {

    static List<String> replies() {
        List<String> replies = new ArrayList<>(List.of(
                "请确认：2027年1月29日 从浙江杭州到安徽六安，2人。回复1确认，2修改",
                "Please confirm: Jan 25, 2027 from Guangzhou to Hengyang, 1 person. Reply 1 to confirm, 2 to change",
                "3+2人 & 行李=2件 100% <b>粗体</b> \"引号\" 'apostrophe' > <",
                "第一行\n第二行\r\n第三行\t制表",
                "谢谢🙏 表情 𠀀 ext-B",
                "  leading and trailing spaces  ",
                "&amp; already escaped &#13;",
                "]]> cdata end",
                "x"));
        StringBuilder all = new StringBuilder();
        for (char c = 0x20; c < 0x2FF; c++) {
            all.append(c);
        }
        replies.add(all.toString());
        return replies;
    }

    private static String twilioJava(String reply, String callback) {
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        if (reply != null && !reply.isBlank()) {
            Message.Builder message = new Message.Builder().body(new Body.Builder(reply).build());
            if (callback != null) {
                message.action(callback).method(HttpMethod.POST);
            }
            response.message(message.build());
        }
        return response.build().toXml();
    }

    @ParameterizedTest
    @MethodSource("replies")
    void replyWithoutCallbackIsWrittenExactlyAsTwilioJavaWritesIt(String reply) {
        assertEquals(twilioJava(reply, null), TwilioSmsWebhook.twiml(reply, null));
    }

    @ParameterizedTest
    @MethodSource("replies")
    void replyWithStatusCallbackIsWrittenExactlyAsTwilioJavaWritesIt(String reply) {
        String callback = "https://warmline.example.org/webhooks/twilio/status?id=51&x=%22a%22";
        assertEquals(twilioJava(reply, callback), TwilioSmsWebhook.twiml(reply, callback));
        assertTrue(TwilioSmsWebhook.twiml(reply, callback).contains(" action=\"https://warmline.example.org/"
                + "webhooks/twilio/status?id=51&amp;x=%22a%22\" method=\"POST\""));
    }

    @Test
    void callbackThatIsNotAUriIsLeftOutAsTwilioJavaLeavesItOut() {
        String callback = "https://warmline.example.org/status?id=51&x=\"<a>\"";
        assertEquals(twilioJava("好的", callback), TwilioSmsWebhook.twiml("好的", callback));
    }

    @Test
    void noReplyIsAnEmptyResponseAsTwilioJavaWritesIt() {
        assertEquals(twilioJava(null, null), TwilioSmsWebhook.twiml(null, null));
        assertEquals(twilioJava("", "https://x.example/cb"), TwilioSmsWebhook.twiml("", "https://x.example/cb"));
        assertEquals(twilioJava("  ", null), TwilioSmsWebhook.twiml("  ", null));
    }
}
