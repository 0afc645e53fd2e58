package org.warmline.core.domain.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.load();

    // ------------------------------------------------------------ loading and byCode

    @Test
    void loadsOnceAndKeepsEveryRowExceptContainers() {
        assertSame(gazetteer, Gazetteer.load());
        List<Place> all = gazetteer.all();
        long provinces = all.stream().filter(p -> p.level() == PlaceLevel.PROVINCE).count();
        long cities = all.stream().filter(p -> p.level() == PlaceLevel.CITY).count();
        long counties = all.stream().filter(p -> p.level() == PlaceLevel.COUNTY).count();
        assertEquals(31, provinces);
        assertEquals(342 - 9, cities, "342 city rows minus 9 containers (1101 1201 3101 5001 5002 4190 4290 4690 6590)");
        assertEquals(2978, counties);
    }

    @Test
    void byCodeFindsEachLevel() {
        assertEquals("安徽省", gazetteer.byCode("34").orElseThrow().name());
        assertEquals("六安市", gazetteer.byCode("3415").orElseThrow().name());
        assertEquals(new Place("500101", "万州区", PlaceLevel.COUNTY, null, "50"),
                gazetteer.byCode("500101").orElseThrow());
        assertEquals(new Place("341525", "霍山县", PlaceLevel.COUNTY, "3415", "34"),
                gazetteer.byCode("341525").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101", "1201", "3101", "5001", "5002", "4190", "4290", "4690", "6590", "99", "", "abc"})
    void containersAndUnknownCodesAreNotPlaces(String code) {
        assertTrue(gazetteer.byCode(code).isEmpty());
    }

    @Test
    void countiesOfProvinceLevelContainersHangUnderTheProvince() {
        Place jiyuan = gazetteer.byCode("419001").orElseThrow();
        assertEquals("济源市", jiyuan.name());
        assertNull(jiyuan.cityCode());
        assertEquals("41", jiyuan.provinceCode());
        assertEquals(found("419001"), gazetteer.resolve("河南济源"));
        assertEquals(found("429004"), gazetteer.resolve("仙桃"));
    }

    // ------------------------------------------------------------ resolve

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "河南, 41", "河南省, 41", "周口, 4116", "周口市, 4116", "六安, 3415", "东莞, 4419", "中山, 4420",
            "安徽六安, 3415", "湖南衡阳, 4304", "河南周口, 4116", "广东东莞, 4419", "安徽省六安市, 3415",
            "湖南 衡阳, 4304", "安徽六安霍山, 341525", "广西, 45", "新疆, 65", "延边, 2224", "沛县, 320322"})
    void chineseNamesResolve(String name, String code) {
        assertEquals(found(code), gazetteer.resolve(name));
    }

    @Test
    void municipalityNameResolvesToTheProvinceRow() {
        assertEquals(found("11"), gazetteer.resolve("北京"));
        assertEquals(found("50"), gazetteer.resolve("重庆"));
        assertEquals(found("50"), gazetteer.resolve("重庆市"));
        assertEquals(found("31"), gazetteer.resolve("上海"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"重庆万州", "万州", "万州区", "重庆市万州区", "Chongqing Wanzhou"})
    void municipalityCountyResolvesThroughProvinceName(String name) {
        assertEquals(found("500101"), gazetteer.resolve(name));
    }

    @Test
    void provinceWinsOverCityOfTheSameName() {
        assertEquals(found("22"), gazetteer.resolve("吉林"));
        assertEquals(found("2202"), gazetteer.resolve("吉林市"));
    }

    @Test
    void cityWinsOverCountyOfTheSameName() {
        assertEquals(found("4304"), gazetteer.resolve("衡阳"));
        assertEquals(found("430421"), gazetteer.resolve("衡阳县"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"朝阳区", "南山区", "城关区", "新华区", "西湖区"})
    void countyNameFoundInSeveralPlacesIsAmbiguous(String name) {
        PlaceResolution.Ambiguous ambiguous = assertInstanceOf(PlaceResolution.Ambiguous.class, gazetteer.resolve(name));
        assertTrue(ambiguous.options().size() >= 2);
        assertTrue(ambiguous.options().stream().allMatch(p -> p.name().equals(name)));
        List<String> codes = ambiguous.options().stream().map(Place::code).toList();
        assertEquals(codes.stream().sorted().toList(), codes, "options in code order");
    }

    @Test
    void qualifierNarrowsAnAmbiguousCounty() {
        assertEquals(found("110105"), gazetteer.resolve("北京朝阳区"));
        assertEquals(found("110105"), gazetteer.resolve("北京朝阳"));
        assertEquals(found("440305"), gazetteer.resolve("深圳南山"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Hengyang | 4304", "hengyang | 4304", "HENGYANG | 4304", "Guangzhou | 4401", "guangzhou | 4401",
            "hengyang, hunan | 4304", "Hengyang Hunan | 4304", "Hunan Hengyang | 4304", "Hunan | 43",
            "Xi'an | 6101", "xian | 6101", "Chongqing | 50", "Dongguan | 4419", "Lu'an | 3415",
            "Anhui Lu'an | 3415", "Shaanxi | 61", "Inner Mongolia | 15", "Tibet | 54", "Hengyang City, Hunan Province | 4304", "Ｇｕａｎｇｚｈｏｕ | 4401"})
    void pinyinResolvesCaseInsensitively(String name, String code) {
        assertEquals(found(code), gazetteer.resolve(name));
    }

    @Test
    void shanxiIsAmbiguousBetweenTheTwoProvincesWithThatPinyin() {
        PlaceResolution.Ambiguous shanxi = assertInstanceOf(PlaceResolution.Ambiguous.class, gazetteer.resolve("Shanxi"));
        assertEquals(List.of("14", "61"), shanxi.options().stream().map(Place::code).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "火星", "Atlantis", "市辖区", "省直辖县级行政区划"})
    void unknownNamesAreNotFound(String name) {
        assertInstanceOf(PlaceResolution.NotFound.class, gazetteer.resolve(name));
    }

    @Test
    void nullIsNotFound() {
        assertInstanceOf(PlaceResolution.NotFound.class, gazetteer.resolve(null));
    }

    // ------------------------------------------------------------ findAll

    @Test
    void findsOriginAndQualifiedDestinationInAChineseMessage() {
        String text = "腊月二十二从杭州回安徽六安，2个人";
        List<PlaceMention> mentions = gazetteer.findAll(text);
        assertEquals(List.of("3301", "3415"), codes(mentions));
        assertEquals("杭州", mentions.get(0).text());
        assertEquals("安徽六安", mentions.get(1).text());
        assertEquals("安徽六安", text.substring(mentions.get(1).start(), mentions.get(1).end()));
    }

    @Test
    void findsPinyinPlacesInAnEnglishMessage() {
        String text = "I want to go home to Hengyang, Hunan on Jan 25, just me. I'm in Guangzhou.";
        List<PlaceMention> mentions = gazetteer.findAll(text);
        assertEquals(List.of("4304", "4401"), codes(mentions));
        assertEquals("Hengyang, Hunan", mentions.get(0).text());
        assertEquals("Guangzhou", mentions.get(1).text());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "重庆万州 | 500101", "在成都 | 5101", "东莞 | 4419", "我在东莞打工 | 4419", "回湖南衡阳 | 4304",
            "湖南,衡阳 | 4304", "北京朝阳 | 110105", "Going to Xi'an tomorrow | 6101", "Hunan Hengyang | 4304",
            "我想去平安区 | 630203", "在广东省东莞市 | 4419"})
    void findsOneMention(String text, String code) {
        assertEquals(List.of(code), codes(gazetteer.findAll(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"我要回家", "俩人", "腊月十八", "对", "老板欠我三个月工资", "想找个电工的活", "",
            "祝您平安", "在商城打工", "站前广场", "路桥工地", "I'm fine, thank you", "Please guide me, 8500 yuan",
            "the dean said no", "go home"})
    void messagesWithoutPlacesHaveNoMentions(String text) {
        assertEquals(List.of(), gazetteer.findAll(text));
    }

    @Test
    void ambiguousCountyInTextIsAnAmbiguousMention() {
        List<PlaceMention> mentions = gazetteer.findAll("朝阳区");
        assertEquals(1, mentions.size());
        assertInstanceOf(PlaceResolution.Ambiguous.class, mentions.get(0).resolution());
    }

    @Test
    void englishMatchesOnlyWholeWords() {
        assertEquals(List.of(), gazetteer.findAll("Guangzhoux hengyangs"));
    }

    @Test
    void fullWidthLettersAreReadButIndicesStayOnTheOriginalText() {
        String text = "去Ｇｕａｎｇｚｈｏｕ";
        PlaceMention mention = gazetteer.findAll(text).get(0);
        assertEquals(found("4401"), mention.resolution());
        assertEquals("Ｇｕａｎｇｚｈｏｕ", mention.text());
        assertEquals(1, mention.start());
    }

    private PlaceResolution found(String code) {
        return new PlaceResolution.Found(gazetteer.byCode(code).orElseThrow());
    }

    private static List<String> codes(List<PlaceMention> mentions) {
        return mentions.stream().map(m -> assertInstanceOf(PlaceResolution.Found.class, m.resolution(),
                m.text()).place().code()).toList();
    }
}
