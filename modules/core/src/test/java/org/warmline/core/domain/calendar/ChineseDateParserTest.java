package org.warmline.core.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseDateParserTest {

    /** 2026-12-01 in Asia/Shanghai: the coming season's Spring Festival is 2027-02-06. */
    private final ChineseDateParser onDecemberFirst = parserOn(LocalDate.of(2026, 12, 1));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "腊月二十二, 2027-01-29", "腊月十八, 2027-01-25", "腊月二十八, 2027-02-04", "腊月廿八, 2027-02-04",
            "腊月廿五, 2027-02-01", "腊月初八, 2027-01-15", "臘月廿八, 2027-02-04", "除夕, 2027-02-05",
            "大年三十, 2027-02-05", "正月初六, 2027-02-11", "正月十五, 2027-02-20", "大年初六, 2027-02-11",
            "Jan 25, 2027-01-25", "January 25, 2027-01-25", "25 Jan, 2027-01-25", "Jan 25th, 2027-01-25",
            "1月25号, 2027-01-25", "1月25日, 2027-01-25", "2月3日, 2027-02-03", "2/3, 2027-02-03",
            "12.28, 2026-12-28", "十二月二十, 2026-12-20", "一月二十五号, 2027-01-25", "12月1日, 2026-12-01",
            "11月30日, 2027-11-30", "今天, 2026-12-01", "明天, 2026-12-02", "后天, 2026-12-03",
            "大后天, 2026-12-04", "today, 2026-12-01", "Tomorrow, 2026-12-02", "１月２５号, 2027-01-25"})
    void resolvesToTheNextOccurrenceOnOrAfterToday(String text, LocalDate expected) {
        assertEquals(resolved(expected), onDecemberFirst.find(text).orElseThrow().resolution());
    }

    @Test
    void laYueSanShiInATwentyNineDayMonthDoesNotExist() {
        DateMention mention = onDecemberFirst.find("腊月三十回家").orElseThrow();
        assertEquals(new DateResolution.NonExistent("date.no-such-lunar-day", LocalDate.of(2027, 2, 5)),
                mention.resolution());
        assertEquals("腊月三十", mention.text());
    }

    @Test
    void februaryThirtiethDoesNotExist() {
        assertEquals(new DateResolution.NonExistent("date.no-such-day", null),
                onDecemberFirst.find("2月30日").orElseThrow().resolution());
    }

    @Test
    void februaryTwentyNinthOfACommonYearDoesNotExist() {
        assertEquals(new DateResolution.NonExistent("date.no-such-day", null),
                onDecemberFirst.find("2月29日").orElseThrow().resolution());
        assertEquals(resolved(LocalDate.of(2028, 2, 29)),
                parserOn(LocalDate.of(2027, 12, 1)).find("2月29日").orElseThrow().resolution());
    }

    @Test
    void findsTheFirstDateAndItsPositionInAMessage() {
        String text = "腊月二十二从杭州回安徽六安，2个人";
        DateMention mention = onDecemberFirst.find(text).orElseThrow();
        assertEquals(new DateMention(0, 5, "腊月二十二", resolved(LocalDate.of(2027, 1, 29))), mention);

        String english = "I want to go home to Hengyang, Hunan on Jan 25, just me.";
        DateMention jan = onDecemberFirst.find(english).orElseThrow();
        assertEquals("Jan 25", jan.text());
        assertEquals(english.indexOf("Jan 25"), jan.start());
        assertEquals(resolved(LocalDate.of(2027, 1, 25)), jan.resolution());
    }

    @Test
    void earliestDateInTheTextWins() {
        assertEquals("明天", onDecemberFirst.find("明天走，不是腊月二十八").orElseThrow().text());
        assertEquals("腊月二十八", onDecemberFirst.find("腊月二十八，不是明天").orElseThrow().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2个人", "8500元", "老板欠我三个月工资", "我要回家", "俩人", "想找个电工的活", "3.5万",
            "工资1/2个月", "打12306", "两个人 3个", "", "call me at 13800138000", "I may go",
            "the train leaves at 10.30", "10.30pm", "8.5元一斤"})
    void numbersThatAreNotDatesAreIgnored(String text) {
        assertEquals(Optional.empty(), onDecemberFirst.find(text));
    }

    @Test
    void laYueDateAlreadyPassedMovesToNextSeason() {
        // 2026-02-16 is 除夕 of lunar 2025; 腊月二十八 (2026-02-15) is past, the next is 2027-02-04
        assertEquals(resolved(LocalDate.of(2027, 2, 4)),
                parserOn(LocalDate.of(2026, 2, 16)).find("腊月二十八").orElseThrow().resolution());
    }

    @Test
    void zhengYueInsideZhengYueIsTheCurrentOne() {
        // said on 2026-02-20 (正月初四): 正月初八 is 2026-02-24 (vector text_cases)
        assertEquals(resolved(LocalDate.of(2026, 2, 24)),
                parserOn(LocalDate.of(2026, 2, 20)).find("正月初八").orElseThrow().resolution());
    }

    @Test
    void zhengYueSaidInLaYueIsAfterTheComingSpringFestival() {
        assertEquals(resolved(LocalDate.of(2026, 2, 24)),
                parserOn(LocalDate.of(2026, 1, 10)).find("正月初八").orElseThrow().resolution());
    }

    @Test
    void todayIsReadInShanghaiNotUtc() {
        // 2026-11-30T17:00Z is already 2026-12-01 01:00 in Shanghai
        Clock clock = Clock.fixed(java.time.Instant.parse("2026-11-30T17:00:00Z"), java.time.ZoneOffset.UTC);
        assertEquals(resolved(LocalDate.of(2026, 12, 1)),
                new ChineseDateParser(clock).find("今天").orElseThrow().resolution());
    }

    // ------------------------------------------------------------ vectors (cn.6tail lunar 1.6.3)

    static Stream<JsonObject> lunarYears() throws Exception {
        return vectorArray("lunar_years");
    }

    @ParameterizedTest(name = "lunar year {0}")
    @MethodSource("lunarYears")
    void laYueAndChuXiMatchTheVectorsForEveryLunarYear(JsonObject year) {
        // ask on the day 腊月 begins: every 腊月 date of that lunar year is still ahead
        LocalDate laYueStart = LocalDate.parse(year.getString("la_yue_chu_yi"));
        ChineseDateParser parser = parserOn(laYueStart);
        assertEquals(resolved(laYueStart), parser.find("腊月初一").orElseThrow().resolution());
        assertEquals(resolved(LocalDate.parse(year.getString("la_yue_ershiba"))),
                parser.find("腊月二十八").orElseThrow().resolution());
        LocalDate chuxi = LocalDate.parse(year.getString("chuxi"));
        assertEquals(resolved(chuxi), parser.find("除夕").orElseThrow().resolution());
        assertEquals(resolved(LocalDate.parse(year.getString("next_spring_festival"))),
                parser.find("正月初一").orElseThrow().resolution());
        DateResolution sanShi = parser.find("腊月三十").orElseThrow().resolution();
        if (year.getInt("la_yue_days") == 30) {
            assertEquals(resolved(chuxi), sanShi);
        } else {
            assertEquals(new DateResolution.NonExistent("date.no-such-lunar-day", chuxi), sanShi);
        }
        // and from half a year earlier (same lunar year, before 腊月) the answers are the same
        assertEquals(resolved(chuxi), parserOn(laYueStart.minusMonths(5)).find("除夕").orElseThrow().resolution());
    }

    static Stream<JsonObject> textCases() throws Exception {
        return vectorArray("text_cases").filter(c -> c.containsKey("expected") && !c.isNull("expected")
                && c.getString("expected").matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textCases")
    void textCasesOfTheVectorsResolve(JsonObject c) {
        assertEquals(resolved(LocalDate.parse(c.getString("expected"))),
                parserOn(LocalDate.parse(c.getString("said_on"))).find(c.getString("text")).orElseThrow().resolution());
    }

    @Test
    void vectorTextCasesIncludeTheFixedOnes() throws Exception {
        assertTrue(textCases().count() >= 5, "腊月二十八, 腊月廿八, 臘月廿八, 除夕, 大年三十, 正月初八");
    }

    private static Stream<JsonObject> vectorArray(String name) throws Exception {
        try (InputStream in = ChineseDateParserTest.class.getResourceAsStream("/lunar_spring_festival_vectors.json");
             JsonReader reader = Json.createReader(in)) {
            List<JsonObject> list = reader.readObject().getJsonArray(name).getValuesAs(JsonObject.class);
            return list.stream();
        }
    }

    private static ChineseDateParser parserOn(LocalDate today) {
        ZonedDateTime noon = today.atTime(12, 0).atZone(ChineseDateParser.ZONE);
        return new ChineseDateParser(Clock.fixed(noon.toInstant(), ChineseDateParser.ZONE));
    }

    private static DateResolution resolved(LocalDate date) {
        return new DateResolution.Resolved(date);
    }
}
