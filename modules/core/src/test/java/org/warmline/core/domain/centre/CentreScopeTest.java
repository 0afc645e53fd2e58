package org.warmline.core.domain.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The help-centre scope by place (issue 5, point 2), on the centres of the core migration: HQ '*', AH 34, GD 44. */
class CentreScopeTest {

    private static final List<HelpCentre> CENTRES = List.of(
            new HelpCentre("HQ", "总部热线", "Head office hotline", "*"),
            new HelpCentre("AH", "安徽帮扶中心", "Anhui help centre", "34"),
            new HelpCentre("GD", "广东帮扶中心", "Guangdong help centre", "44"));

    private static CentreScope of(String centre) {
        return new CentreScope("someone", centre, false, CENTRES);
    }

    @Test
    void aRegionalCentreServesThePlacesUnderItsPrefixesOnly() {
        CentreScope ah = of("AH");
        assertTrue(ah.serves("34"), "the province itself");
        assertTrue(ah.serves("3415"), "六安, a city of Anhui");
        assertTrue(ah.serves("341502"), "金安区, a county of Anhui");
        assertFalse(ah.serves("3301"), "杭州 is Zhejiang");
        assertFalse(ah.serves("440100"), "广州 is Guangdong's");
        assertFalse(ah.serves(null));
    }

    @Test
    void theDefaultCentreServesWhatNoOtherCentreServes() {
        CentreScope hq = of("HQ");
        assertTrue(hq.serves("3301"), "杭州: no other centre serves Zhejiang");
        assertTrue(hq.serves("4104"), "河南 平顶山: nobody else's");
        assertFalse(hq.serves("3415"), "六安 is Anhui's");
        assertFalse(hq.serves("4401"), "广州 is Guangdong's");
        assertFalse(hq.servesEverything());
    }

    @Test
    void aDefaultCentreWithoutOtherCentresServesEverything() {
        CentreScope alone = new CentreScope("someone", "HQ", false, List.of(CENTRES.get(0)));
        assertTrue(alone.servesEverything());
        assertTrue(alone.serves("3415"));
    }

    @Test
    void supervisorsSeeEveryPlaceWhateverTheirCentre() {
        CentreScope supervisor = new CentreScope("boss", "AH", true, CENTRES);
        assertTrue(supervisor.servesEverything());
        assertTrue(supervisor.serves("4401"));
        assertTrue(supervisor.serves("3301"));
    }

    @Test
    void aRecordIsInScopeWhenAnyOfItsPlacesIs() {
        CentreScope gd = of("GD");
        assertTrue(gd.servesAny(List.of("4401", "3415")), "from 广州 to 六安: Guangdong's origin");
        assertTrue(of("AH").servesAny(List.of("4401", "3415")), "and Anhui's destination");
        assertFalse(of("HQ").servesAny(List.of("4401", "3415")), "neither place is the default centre's");
        assertFalse(gd.servesAny(List.of("3301", "3415", "3401")));
    }

    @Test
    void anUnknownCentreServesNothing() {
        CentreScope lost = of("XX");
        assertFalse(lost.serves("3415"));
        assertFalse(lost.serves("3301"));
        assertEquals(List.of(), lost.ownPrefixes());
    }

    @Test
    void thePrefixesForAQueryAreTheCentresOwnAndForTheDefaultTheOthers() {
        assertEquals(List.of("34"), of("AH").ownPrefixes());
        assertFalse(of("AH").takesTheRest());
        assertEquals(List.of(), of("HQ").ownPrefixes());
        assertTrue(of("HQ").takesTheRest());
        assertEquals(List.of("34", "44"), of("HQ").otherPrefixes());
    }

    @Test
    void aCentreMustServeSomething() {
        assertThrows(IllegalArgumentException.class, () -> new HelpCentre("ZJ", "浙江", "Zhejiang", " "));
        assertThrows(IllegalArgumentException.class, () -> new HelpCentre("", "浙江", "Zhejiang", "33"));
    }
}
