package org.warmline.core.domain.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "安徽省, 安徽", "六安市, 六安", "北京市, 北京", "万州区, 万州", "广西壮族自治区, 广西",
            "宁夏回族自治区, 宁夏", "新疆维吾尔自治区, 新疆", "内蒙古自治区, 内蒙古", "西藏自治区, 西藏",
            "延边朝鲜族自治州, 延边", "恩施土家族苗族自治州, 恩施", "海西蒙古族藏族自治州, 海西",
            "博尔塔拉蒙古自治州, 博尔塔拉", "锡林郭勒盟, 锡林郭勒", "大兴安岭地区, 大兴安岭",
            "香港特别行政区, 香港", "长阳土家族自治县, 长阳", "东乡族自治县, 东乡", "鄂伦春自治旗, 鄂伦春",
            "鄂温克族自治旗, 鄂温克", "龙胜各族自治县, 龙胜", "三都水族自治县, 三都", "大理白族自治州, 大理",
            "科尔沁右翼前旗, 科尔沁右翼前", "神农架林区, 神农架", "浦东新区, 浦东", "仙桃市, 仙桃"})
    void shortNameStripsTheAdministrativeSuffix(String name, String shortName) {
        assertEquals(shortName, county(name).shortName());
    }

    @ParameterizedTest
    @CsvSource({"沛县", "城区", "矿区", "赵县", "郊区"})
    void shortNameIsNeverOneCharacter(String name) {
        assertEquals(name, county(name).shortName());
    }

    @Test
    void codeMustFitTheLevel() {
        assertThrows(IllegalArgumentException.class, () -> new Place("34", "六安市", PlaceLevel.CITY, "34", "34"));
        assertThrows(IllegalArgumentException.class, () -> new Place("3415x", "六安市", PlaceLevel.CITY, null, "34"));
    }

    @Test
    void provinceContainsItsCitiesAndCounties() {
        Place anhui = new Place("34", "安徽省", PlaceLevel.PROVINCE, null, "34");
        Place luan = new Place("3415", "六安市", PlaceLevel.CITY, "3415", "34");
        Place huoshan = new Place("341525", "霍山县", PlaceLevel.COUNTY, "3415", "34");
        assertTrue(anhui.contains(luan));
        assertTrue(anhui.contains(huoshan));
        assertTrue(luan.contains(huoshan));
        assertFalse(luan.contains(anhui));
    }

    private static Place county(String name) {
        return new Place("110101", name, PlaceLevel.COUNTY, null, "11");
    }
}
