package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartySizeParserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2个人|2", "2人|2", "三个人|3", "两个人|2", "俩人|2", "仨人|3", "一个人|1", "就我一个|1", "我自己|1",
            "我们俩|2", "我们三个|3", "一家四口|4", "两口子|2", "十二个人|12", "二十人|20",
            "just me|1", "only me|1", "alone|1", "by myself|1", "2 people|2", "two of us|2", "three people|3",
            "we are 4|4", "me and my wife|2", "60人|60"})
    void partySizeIsReadFromTheWaysWorkersSayIt(String text, int expected) {
        assertEquals(Optional.of(expected), PartySizeParser.find(Texts.foldWidth(text), false));
    }

    @ParameterizedTest(name = "bare {0} → {1}")
    @CsvSource(delimiter = '|', value = {"2|2", "３|3", "三|3", "两|2", "俩|2", "仨|3", "5个|5", "two|2", "12.|12"})
    void bareNumberCountsOnlyWhenThePartySizeWasAsked(String text, int expected) {
        assertEquals(Optional.of(expected), PartySizeParser.find(Texts.foldWidth(text), true));
        assertEquals(Optional.empty(), PartySizeParser.find(Texts.foldWidth(text), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"老板欠我三个月工资", "我要回家", "I'm in Guangzhou", "工人", "第2天", "我三个月没回家"})
    void wordsThatAreNotAPartySizeGiveNothing(String text) {
        assertEquals(Optional.empty(), PartySizeParser.find(text, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"80人|80", "0个人|0", "一百人|100"})
    void outOfRangeNumbersAreReportedAsSaidForTheEngineToRefuse(String text, int expected) {
        assertEquals(Optional.of(expected), PartySizeParser.find(text, false));
    }
}
