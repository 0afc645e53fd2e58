package org.warmline.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a staff member types into a place field becomes places with their codes and readable labels. */
class PlaceSuggestionsTest {

    private final PlaceSuggestions suggestions = PlaceSuggestions.load();

    @Test
    void cityNameSuggestsTheCityFirstThenItsStations() {
        List<PlaceSuggestions.Suggestion> s = suggestions.suggest("杭州", false, 10);
        assertEquals("3301", s.get(0).code());
        assertEquals("浙江 杭州", s.get(0).label());
        assertTrue(s.stream().anyMatch(x -> "杭州东站".equals(x.station()) && "3301".equals(x.code())), s.toString());
        assertEquals("3301", suggestions.suggest("杭州市", false, 10).get(0).code());
    }

    @Test
    void countyIsLabelledWithProvinceAndCity() {
        PlaceSuggestions.Suggestion s = suggestions.suggest("萧山区", false, 10).get(0);
        assertEquals("330109", s.code());
        assertEquals("浙江 杭州 萧山区", s.label());
        assertEquals("Xiaoshan, Hangzhou, Zhejiang", suggestions.suggest("萧山区", true, 10).get(0).label());
    }

    @Test
    void stationSuggestsThePlaceItServes() {
        PlaceSuggestions.Suggestion s = suggestions.suggest("杭州东站", false, 10).get(0);
        assertEquals("3301", s.code());
        assertEquals("杭州东站（浙江 杭州）", s.label());
    }

    @Test
    void ambiguousCountyListsEveryPlaceWithItsProvince() {
        List<String> labels = suggestions.suggest("朝阳区", false, 10).stream().map(PlaceSuggestions.Suggestion::label).toList();
        assertTrue(labels.contains("北京 朝阳区") && labels.contains("吉林 长春 朝阳区"), labels.toString());
    }

    @Test
    void blankGivesNothingAndTooLongIsRefused() {
        assertTrue(suggestions.suggest("  ", false, 10).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> suggestions.suggest("杭".repeat(41), false, 10));
        assertEquals(3, suggestions.suggest("杭州", false, 3).size());
    }
}
