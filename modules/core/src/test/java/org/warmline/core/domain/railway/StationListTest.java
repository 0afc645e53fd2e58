package org.warmline.core.domain.railway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmline.core.domain.place.Gazetteer;

class StationListTest {

    private static StationList stations;

    @BeforeAll
    static void load() {
        stations = StationList.load(Gazetteer.load());
    }

    @Test
    void bundledListHasEveryStationOfTheSnapshot() {
        assertEquals(3319, stations.size());
    }

    @Test
    void guangzhouSouthIsFoundByNameWithItsTelecodeAndCity() {
        Station s = stations.byName("广州南站").orElseThrow();
        assertEquals("广州南", s.name());
        assertEquals("IZQ", s.telecode());
        assertEquals("4401", s.placeCode());
        assertEquals(s, stations.byTelecode("IZQ").orElseThrow());
    }

    @Test
    void municipalityStationsServeTheMunicipality() {
        assertEquals("11", stations.byName("北京西").orElseThrow().placeCode());
        assertEquals("50", stations.byName("重庆北").orElseThrow().placeCode());
    }

    @Test
    void stationsAreFoundInFreeTextOnlyWithZhan() {
        List<StationMention> m = stations.findAll("我在广州南站，想到东莞东站坐车");
        assertEquals(List.of("广州南站", "东莞东站"), m.stream().map(StationMention::text).toList());
        assertEquals("4419", m.get(1).station().placeCode());
        assertTrue(stations.findAll("我在广州打工").isEmpty());
    }
}
