package org.warmline.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.core.domain.centre.HelpCentre;

/** The JPQL form of the centre rule: the same places as {@link CentreScope#serves}, as query conditions. */
class CentreScopesQueryTest {

    private static final List<HelpCentre> CENTRES = List.of(new HelpCentre("HQ", "总部", "HQ", "*"),
            new HelpCentre("AH", "安徽", "Anhui", "34"), new HelpCentre("GD", "广东", "Guangdong", "44,3502"));

    @Test
    void aRegionalCentreKeepsRowsWithAnyColumnUnderItsPrefix() {
        Map<String, Object> params = new LinkedHashMap<>(Map.of("origin", "33%"));
        String condition = CentreScopes.jpqlCondition(new CentreScope("a", "AH", false, CENTRES), params,
                "r.originCode", "r.destinationCode");
        assertEquals("(r.originCode like :scope1 or r.destinationCode like :scope2)", condition);
        assertEquals("34%", params.get("scope1"));
        assertEquals("34%", params.get("scope2"));
    }

    @Test
    void theDefaultCentreKeepsRowsWithAColumnOutsideEveryOtherCentre() {
        Map<String, Object> params = new LinkedHashMap<>();
        String condition = CentreScopes.jpqlCondition(new CentreScope("h", "HQ", false, CENTRES), params, "t.originCode");
        assertEquals("(not (t.originCode like :scope0 or t.originCode like :scope1 or t.originCode like :scope2))",
                condition);
        assertEquals(List.of("34%", "44%", "3502%"), List.copyOf(params.values()));
    }

    @Test
    void supervisorsAndAnUnknownCentreGetNoConditionAndAFalseOne() {
        Map<String, Object> params = new LinkedHashMap<>();
        assertNull(CentreScopes.jpqlCondition(new CentreScope("s", "AH", true, CENTRES), params, "r.originCode"));
        assertEquals("(1 = 0)", CentreScopes.jpqlCondition(new CentreScope("x", "XX", false, CENTRES), params,
                "r.originCode"));
        assertEquals(Map.of(), params);
    }
}
