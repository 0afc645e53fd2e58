package org.warmline.returnhome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.core.domain.centre.HelpCentre;

/**
 * Which requests and trips a help centre works on (issue 5, point 2): a request by its origin or
 * destination, a trip by its origin or any stop; centres as in the core migration (HQ '*', AH 34, GD 44).
 */
class CentreScopeOfTripsTest {

    private static final List<HelpCentre> CENTRES = List.of(new HelpCentre("HQ", "总部热线", "HQ", "*"),
            new HelpCentre("AH", "安徽帮扶中心", "Anhui", "34"), new HelpCentre("GD", "广东帮扶中心", "Guangdong", "44"));

    private static CentreScope centre(String code) {
        return new CentreScope("c", code, false, CENTRES);
    }

    @Test
    void aRequestsPlacesAreItsOriginAndDestination() {
        TripRequest r = Fixtures.confirmed(2);
        assertEquals(List.of("3301", "341502"), r.places());
        assertTrue(centre("AH").servesAny(r.places()), "Anhui serves the destination 金安区");
        assertTrue(centre("HQ").servesAny(r.places()), "the default centre serves 杭州, nobody else's");
        assertFalse(centre("GD").servesAny(r.places()));
    }

    @Test
    void aTripIsSeenByTheCentreOfItsOriginOrOfAnyStop() {
        Trip coach = Fixtures.coach();
        assertEquals(List.of("3301", "3415", "3401"), coach.places());
        assertTrue(centre("AH").servesAny(coach.places()));
        assertFalse(centre("GD").servesAny(coach.places()));
        Trip toHenan = new Trip(VehicleType.MINIBUS_19, null, "4401", "广州站", List.of("4115", "3412"),
                LocalDate.of(2027, 1, 29).atTime(8, 0).atZone(Trip.ZONE).toInstant(), null, null, Fixtures.NOW);
        assertTrue(centre("GD").servesAny(toHenan.places()), "pick-up in 广州");
        assertTrue(centre("AH").servesAny(toHenan.places()), "the last stop 阜阳 is Anhui's");
        assertTrue(centre("HQ").servesAny(toHenan.places()), "信阳 in Henan is nobody else's");
    }

    @Test
    void aTripBeingEnteredIsCheckedOnTheSamePlaces() {
        assertEquals(List.of("4401", "4115"), Trip.places("4401", List.of("4115")));
        assertEquals(List.of("4401"), Trip.places("4401", null));
        assertFalse(centre("AH").servesAny(Trip.places("4401", List.of("4115"))));
    }
}
