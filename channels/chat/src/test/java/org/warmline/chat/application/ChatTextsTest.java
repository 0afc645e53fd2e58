package org.warmline.chat.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one-time-code SMS fits one segment in each language, and a code never shows in the chat. */
class ChatTextsTest {

    @Test
    void chineseCodeSmsFitsOneUcs2Segment() {
        String sms = ChatTexts.codeSms("zh", "012345");
        assertTrue(sms.contains("012345") && sms.contains("10分钟"), sms);
        assertTrue(sms.length() <= 70, sms.length() + ": " + sms);
    }

    @Test
    void englishCodeSmsFitsOneGsmSegment() {
        String sms = ChatTexts.codeSms("en", "012345");
        assertTrue(sms.startsWith("Warmline code: 012345"), sms);
        assertTrue(sms.length() <= 160 && sms.chars().allMatch(c -> c < 128), sms);
    }

    @Test
    void codeInACodeSmsIsHiddenFromTheChat() {
        assertFalse(ChatTexts.redactCodes(ChatTexts.codeSms("zh", "987654")).contains("987654"));
        assertFalse(ChatTexts.redactCodes(ChatTexts.codeSms("en", "987654")).contains("987654"));
    }

    @Test
    void otherMessagesKeepTheirDigits() {
        String text = "请确认：2027年1月25日 从成都到万州，2人。电话 123456";
        assertEquals(text, ChatTexts.redactCodes(text));
        assertEquals(null, ChatTexts.redactCodes(null));
    }
}
