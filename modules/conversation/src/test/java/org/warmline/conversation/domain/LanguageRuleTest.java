package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reply-language rule (issue 10, point 7): text that is not a language — the opt-out code "TD",
 * SQL, markup, code — never switches a Chinese worker to English; real English still does.
 */
class LanguageRuleTest {

    private final DialogRouter engine = Fixtures.engine();

    @Test
    void optOutCodesSqlMarkupAndCodeSayNothingAboutTheLanguage() {
        for (String text : List.of("TD", "td", "T", "'; DROP TABLE cv_message;--", "SELECT * FROM users WHERE 1=1",
                "<script>alert(1)</script>", "1' OR '1'='1", "cv_message")) {
            assertEquals(Optional.empty(), Texts.language(text), text);
        }
        assertEquals(Optional.of("zh"), Texts.language("<b>腊月二十</b>"));
        assertEquals(Optional.of("zh"), Texts.language("回复TD退订"));
        assertEquals(Optional.of("zh"), Texts.language("'; DROP TABLE cv_message;-- 我要回家"));
    }

    @Test
    void realEnglishStillCountsAsEnglish() {
        for (String text : List.of("I want to go home", "STOP", "help", "please select a date from the list",
                "I want to update my trip, where is it", "boss didn't pay me")) {
            assertEquals(Optional.of("en"), Texts.language(text), text);
        }
    }

    @Test
    void aChineseWorkerIsAnsweredInChineseAfterTdSqlOrMarkup() {
        DialogTurn first = engine.handle(DialogState.initial(), "腊月二十二从杭州回安徽六安，2个人");
        assertEquals("zh", first.language());
        for (String text : List.of("TD", "<b>腊月二十</b>", "'; DROP TABLE cv_message;--", "<script>alert(1)</script>")) {
            DialogTurn turn = engine.handle(first.next(), text);
            assertEquals("zh", turn.language(), text + " → " + turn.reply());
            assertTrue(turn.reply().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    text + " → " + turn.reply());
        }
        assertEquals("zh", DialogRouter.languageOf("TD"), "a new worker's first TD is recorded as Chinese");
    }
}
