package org.warmline.helpdesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.legalaid.api.ConsultationIntake;

/**
 * The escalation form's checks (issue 5 item 4), without a server: every field with a problem is named
 * at once (422 with {@code errors}), required fields, places by code or unambiguous name, ISO dates, numbers
 * in range, choices, and the trip's travel-date rules. {@code ConsoleEscalationIT} shows the same over HTTP.
 */
class EscalationFormTest {

    private static final Gazetteer PLACES = Gazetteer.load();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static EscalationForm form(String json) {
        return new EscalationForm(Json.createReader(new StringReader(json)).readObject(), PLACES);
    }

    private static Map<String, String> errorsOf(EscalationForm form) {
        return assertThrows(InvalidFields.class, form::check).errors();
    }

    @Test
    void aTripFormWithFourBadFieldsNamesAllFourAtOnce() {
        EscalationForm in = form("{\"destination\":\"无此地方\",\"origin\":\"999999\",\"travelDate\":\"29.01.2027\",\"partySize\":0}");
        assertNull(in.place("destination", true));
        assertNull(in.place("origin", true));
        assertNull(in.date("travelDate", true));
        assertNull(in.integer("partySize", true, 1, 60));
        Map<String, String> errors = errorsOf(in);
        assertEquals(Set.of("destination", "origin", "travelDate", "partySize"), errors.keySet(), errors.toString());
        assertEquals("unknown place", errors.get("destination"));
        assertEquals("no place with the GB/T 2260 code 999999", errors.get("origin"));
        assertEquals("a date like 2027-01-29", errors.get("travelDate"));
        assertEquals("must be 1..60", errors.get("partySize"));
    }

    @Test
    void missingOrBlankRequiredFieldsAreRequiredAndOptionalOnesAreNull() {
        EscalationForm in = form("{\"destination\":\"  \",\"origin\":null,\"notes\":\"\"}");
        assertNull(in.place("destination", true));
        assertNull(in.place("origin", true));
        assertNull(in.date("travelDate", true));
        assertNull(in.integer("partySize", true, 1, 60));
        assertNull(in.text("notes", 500));
        assertNull(in.date("earliestDate", false));
        assertEquals(Map.of("destination", "required", "origin", "required", "travelDate", "required",
                "partySize", "required"), errorsOf(in));
    }

    @Test
    void aCompleteTripFormPassesWithCodesNamesAndNumbersAsText() {
        EscalationForm in = form("{\"destination\":\"3415\",\"origin\":\"杭州\",\"travelDate\":\"2027-01-29\","
                + "\"partySize\":\"2\",\"notes\":\"  带行李  \"}");
        assertEquals("3415", in.place("destination", true));
        assertEquals("3301", in.place("origin", true), "a place name the gazetteer knows once becomes its code");
        assertEquals(LocalDate.of(2027, 1, 29), in.date("travelDate", true));
        assertEquals(2, in.integer("partySize", true, 1, 60));
        assertEquals("带行李", in.text("notes", 500), "stripped");
        in.travelWindow(LocalDate.of(2027, 1, 29), null, null, TODAY);
        in.check();
    }

    @Test
    void anAmbiguousPlaceNameAsksForItsCodeWithSomeOptions() {
        EscalationForm in = form("{\"site\":\"朝阳区\"}");
        assertNull(in.place("site", false));
        String error = errorsOf(in).get("site");
        assertTrue(error.startsWith("ambiguous place; give its code: "), error);
        assertTrue(error.split(", ").length >= 2 && error.split(", ").length <= 4, error);
    }

    @Test
    void aTravelDateThatHasPassedIsRefused() {
        EscalationForm in = form("{}");
        in.travelWindow(LocalDate.of(2020, 1, 29), null, null, TODAY);
        assertEquals(Map.of("travelDate", "the travel date has passed"), errorsOf(in));
        EscalationForm today = form("{}");
        today.travelWindow(TODAY, null, null, TODAY);
        today.check(); // today is not past
    }

    @Test
    void theTravelWindowMustContainTheTravelDate() {
        LocalDate travel = LocalDate.of(2027, 1, 29);
        EscalationForm inside = form("{}");
        inside.travelWindow(travel, travel.minusDays(2), travel, TODAY);
        inside.check();
        EscalationForm early = form("{}");
        early.travelWindow(travel, travel.plusDays(1), null, TODAY);
        assertEquals(Map.of("travelDate", "the travel window must contain the travel date"), errorsOf(early));
        EscalationForm late = form("{}");
        late.travelWindow(travel, null, travel.minusDays(1), TODAY);
        assertEquals(Map.of("travelDate", "the travel window must contain the travel date"), errorsOf(late));
    }

    @Test
    void aLegalFormWithAnUnknownTopicANegativeAmountUnknownEvidenceAndAWordForABooleanNamesAllFour() {
        EscalationForm in = form("{\"topic\":\"DIVORCE\",\"amountFen\":-5,\"evidence\":[\"RUMOUR\"],\"urgent\":\"yes\"}");
        assertNull(in.choice("topic", ConsultationIntake.TOPICS, true));
        assertNull(in.whole("amountFen", 0, 100_000_000_00L));
        assertEquals(List.of(), in.choices("evidence", ConsultationIntake.EVIDENCE));
        assertEquals(false, in.bool("urgent"));
        Map<String, String> errors = errorsOf(in);
        assertEquals(Set.of("topic", "amountFen", "evidence", "urgent"), errors.keySet(), errors.toString());
        assertEquals("must be 0..10000000000", errors.get("amountFen"));
        assertEquals("must be true or false", errors.get("urgent"));
    }

    @Test
    void choicesAreReadInAnyCaseAndRepeatsAreKeptOnce() {
        EscalationForm in = form("{\"topic\":\"wage_arrears\",\"evidence\":[\"iou\",\"IOU\",\"photos\"],\"urgent\":true}");
        assertEquals("WAGE_ARREARS", in.choice("topic", ConsultationIntake.TOPICS, true));
        assertEquals(List.of("IOU", "PHOTOS"), in.choices("evidence", ConsultationIntake.EVIDENCE));
        assertTrue(in.bool("urgent"));
        in.check();
    }

    @Test
    void textIsBoundedAndMustBeText() {
        EscalationForm in = form("{\"employer\":\"" + "厂".repeat(201) + "\",\"text\":42,\"months\":1.5,\"list\":\"IOU\"}");
        assertNull(in.text("employer", 200));
        assertNull(in.text("text", EscalationService.MAX_TEXT));
        assertNull(in.integer("months", false, 0, 240));
        assertEquals(List.of(), in.choices("list", ConsultationIntake.EVIDENCE));
        assertEquals(Map.of("employer", "at most 200 characters", "text", "must be text", "months", "must be a whole number",
                "list", "must be a list"), errorsOf(in));
    }

    @Test
    void theFirstProblemOfAFieldIsTheOneReported() {
        EscalationForm in = form("{\"travelDate\":\"2020-01-29\"}");
        LocalDate travel = in.date("travelDate", true);
        in.travelWindow(travel, travel.plusDays(1), null, TODAY);
        assertEquals(Map.of("travelDate", "the travel date has passed"), errorsOf(in));
    }

    @Test
    void anEmptyFormWithNothingRequiredPasses() {
        JsonObject empty = Json.createObjectBuilder().build();
        EscalationForm in = new EscalationForm(empty, PLACES);
        assertNull(in.place("site", false));
        assertNull(in.whole("amountFen", 0, 10));
        in.check();
    }
}
