package org.warmline.legalaid.domain.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The employer-name normaliser's rules (legal forms, width, spacing, places). */
class EmployerNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "杭州顺达建筑劳务有限公司, 顺达建筑劳务",
            "杭州顺达建筑劳务公司, 顺达建筑劳务",
            "顺达建筑, 顺达建筑",
            "杭州市 顺达建筑劳务有限责任公司, 顺达建筑劳务",
            "浙江省杭州市顺达建筑劳务股份有限公司, 顺达建筑劳务",
            "浙江杭州萧山顺达建筑劳务有限公司, 顺达建筑劳务",
            "顺达建筑劳务（杭州）有限公司, 顺达建筑劳务",
            "顺达建筑劳务有限公司杭州分公司, 顺达建筑劳务",
            "'杭州　顺达·建筑劳务 有限公司', 顺达建筑劳务",
            "浙江顺达建设集团有限公司, 顺达建设",
            "ＡＢＣ建筑（中国）有限公司, abc建筑中国",
            "'Shunda Construction Co., Ltd.', shundaconstruction",
    })
    void legalFormsPlacesWidthAndSpacingAreStripped(String asNamed, String expected) {
        assertEquals(expected, EmployerNames.normalise(asNamed));
    }

    @Test
    void aPlaceIsKeptWhenOnlyTradeWordsWouldRemain() {
        assertEquals("杭州建筑", EmployerNames.normalise("杭州建筑有限公司"));
        assertEquals("杭州", EmployerNames.normalise("杭州有限公司"));
    }

    @Test
    void nullBlankAndBareLegalFormsGiveEmptyOrTheForm() {
        assertEquals("", EmployerNames.normalise(null));
        assertEquals("", EmployerNames.normalise("  　 "));
        assertEquals("公司", EmployerNames.normalise("公司"));
    }

    @Test
    void hostileTextIsOnlySqueezedNeverInterpreted() {
        assertEquals("cmdccalca0", EmployerNames.normalise("=cmd|' /C calc'!A0"));
    }

    @Test
    void bossesAndForemenArePeopleNotFirms() {
        for (String person : new String[] {"老王", "王老板", "王总", "王工", "包工头老王", "包工头张三", "张师傅"}) {
            assertTrue(EmployerNames.isPerson(EmployerNames.normalise(person)), person);
        }
        for (String firm : new String[] {"顺达建工", "顺达建筑", "老凤祥", "王老吉饮料"}) {
            assertFalse(EmployerNames.isPerson(EmployerNames.normalise(firm)), firm);
        }
    }

    @Test
    void tradeWordsAloneNameNoFirm() {
        assertTrue(EmployerNames.onlyTradeWords("建筑劳务"));
        assertFalse(EmployerNames.onlyTradeWords("顺达建筑"));
    }
}
