package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "我要回家|zh", "I want to go home|en", "I'm in 广州|en", "我在Guangzhou打工|zh", "ok|en", "好|zh",
            "回家 home|zh"})
    void languageFollowsTheLettersOfTheMessage(String text, String language) {
        assertEquals(Optional.of(language), Texts.language(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "2", "３", "😀👍", "123 456", "!!!"})
    void messagesWithoutLettersHaveNoLanguage(String text) {
        assertEquals(Optional.empty(), Texts.language(text));
    }

    @Test
    void fullWidthCharactersFoldToAsciiKeepingLength() {
        String folded = Texts.foldWidth("３个人，ＯＫ\u3000回家");
        assertEquals("3个人,OK 回家", folded);
    }

    @Test
    void excerptShortensWithoutSplittingAnEmoji() {
        String excerpt = Texts.excerpt("😀".repeat(20), 5);
        assertEquals("😀".repeat(5) + "…", excerpt);
        assertFalse(Character.isHighSurrogate(excerpt.charAt(excerpt.length() - 2)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"3|3", "十|10", "十五|15", "二十|20", "二十五|25", "五十|50", "两|2",
            "俩|2", "仨|3", "一百|100", "twelve|12"})
    void numbersAreReadInDigitsChineseAndEnglish(String text, int value) {
        assertEquals(Optional.of(value), Texts.number(text));
    }

    @Test
    void yesAndNoWordsAreRecognised() {
        for (String yes : new String[] {"1", "是", "对", "好", "确认", "可以", "ok", "yes", "y"}) {
            assertTrue(Intents.yes(Texts.bare(yes)), yes);
        }
        for (String no : new String[] {"2", "不", "不对", "错", "no"}) {
            assertTrue(Intents.no(Texts.bare(no)), no);
        }
        assertTrue(Intents.yes(Texts.bare("OK!")));
        assertTrue(Intents.yes(Texts.bare("对！")));
    }

    @org.junit.jupiter.api.Test
    void markupInAMessageDoesNotMakeItEnglish() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of(DialogState.ZH),
                Texts.language("<img src=x onerror=alert(1)> 转人工"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of(DialogState.EN),
                Texts.language("<b>I want to go home</b>"));
    }
}
