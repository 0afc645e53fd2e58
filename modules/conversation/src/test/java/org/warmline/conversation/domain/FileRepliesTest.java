package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.api.FileReceipt;

/** The bot's answers to files: one SMS segment each, in the worker's language, one line per outcome. */
class FileRepliesTest {

    @Test
    void everyOutcomeHasAOneSegmentReplyInChineseAndEnglish() {
        for (FileReceipt.Outcome outcome : FileReceipt.Outcome.values()) {
            for (String language : List.of("zh", "en")) {
                String reply = FileReplies.reply(List.of(outcome), language);
                assertEquals(1, SmsSegments.count(reply), language + " " + outcome + ": " + reply);
            }
        }
    }

    @Test
    void chineseRepliesAreChineseAndEnglishAreEnglish() {
        assertTrue(FileReplies.reply(List.of(FileReceipt.Outcome.TOO_LARGE), "zh").contains("5MB"));
        assertTrue(FileReplies.reply(List.of(FileReceipt.Outcome.TOO_LARGE), "zh").contains("太大"));
        assertTrue(FileReplies.reply(List.of(FileReceipt.Outcome.TOO_LARGE), "en").contains("too big"));
        assertTrue(FileReplies.reply(List.of(FileReceipt.Outcome.NOT_ACCEPTED), "zh").contains("PDF"));
    }

    @Test
    void twoFilesWithTheSameOutcomeGetOneLineAndDifferentOutcomesOneEach() {
        String same = FileReplies.reply(List.of(FileReceipt.Outcome.ON_CASE, FileReceipt.Outcome.ON_CASE), "zh");
        assertEquals(1, same.lines().count());
        String mixed = FileReplies.reply(List.of(FileReceipt.Outcome.ON_CASE, FileReceipt.Outcome.EMPTY), "en");
        assertEquals(2, mixed.lines().count());
    }
}
