package org.warmline.helpdesk.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.helpdesk.application.EscalationForm;
import org.warmline.helpdesk.application.InvalidFields;
import org.warmline.helpdesk.domain.Ticket;
import org.warmline.legalaid.api.ConsultationIntake;

/**
 * The escalation form's checks (issue 5 item 4), without a server: every field with a problem is named
 * at once (422 with {@code errors}), required fields, places by code or unambiguous name, ISO dates, numbers
 * in range, choices, and the trip's travel-date rules. {@code ConsoleEscalationIT} shows the same over HTTP.
 */
class EscalationFormsTest {

    private static final Gazetteer PLACES = Gazetteer.load();
    /** 2026-12-01 in China. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    private static JsonObject json(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static EscalationForms form(String json) {
        return new EscalationForms(json(json), PLACES);
    }

    private static Map<String, String> errorsOf(EscalationForms form) {
        return assertThrows(InvalidFields.class, form::check).errors();
    }

    private static Map<String, String> tripErrors(String json) {
        return assertThrows(InvalidFields.class,
                () -> EscalationForms.read(Ticket.Service.RETURNHOME, json(json), PLACES, TODAY)).errors();
    }

    @Test
    void aTripFormWithFourBadFieldsNamesAllFourAtOnce() {
        Map<String, String> errors = tripErrors(
                "{\"destination\":\"无此地方\",\"origin\":\"999999\",\"travelDate\":\"29.01.2027\",\"partySize\":0}");
        assertEquals(Set.of("destination", "origin", "travelDate", "partySize"), errors.keySet(), errors.toString());
        assertEquals("unknown place", errors.get("destination"));
        assertEquals("no place with the GB/T 2260 code 999999", errors.get("origin"));
        assertEquals("a date like 2027-01-29", errors.get("travelDate"));
        assertEquals("must be 1..60", errors.get("partySize"));
    }

    @Test
    void missingOrBlankRequiredFieldsAreRequiredAndOptionalOnesAreNull() {
        assertEquals(Map.of("destination", "required", "origin", "required", "travelDate", "required",
                "partySize", "required"), tripErrors("{\"destination\":\"  \",\"origin\":null,\"notes\":\"\"}"));
        EscalationForms in = form("{\"notes\":\"\"}");
        assertNull(in.text("notes", 500));
        assertNull(in.date("earliestDate", false));
        in.check();
    }

    @Test
    void aCompleteTripFormBecomesATypedTripWithCodesNamesAndNumbersAsText() {
        EscalationForm form = EscalationForms.read(Ticket.Service.RETURNHOME, json("{\"destination\":\"3415\","
                + "\"origin\":\"杭州\",\"travelDate\":\"2027-01-29\",\"partySize\":\"2\",\"notes\":\"  带行李  \"}"),
                PLACES, TODAY);
        EscalationForm.Trip trip = assertInstanceOf(EscalationForm.Trip.class, form);
        assertEquals("3415", trip.destinationCode());
        assertEquals("3301", trip.originCode(), "a place name the gazetteer knows once becomes its code");
        assertEquals(LocalDate.of(2027, 1, 29), trip.travelDate());
        assertEquals(2, trip.partySize());
        assertEquals("带行李", trip.notes(), "stripped");
    }

    @Test
    void anAmbiguousPlaceNameAsksForItsCodeWithSomeOptions() {
        EscalationForms in = form("{\"site\":\"朝阳区\"}");
        assertNull(in.place("site", false));
        String error = errorsOf(in).get("site");
        assertTrue(error.startsWith("ambiguous place; give its code: "), error);
        assertTrue(error.split(", ").length >= 2 && error.split(", ").length <= 4, error);
    }

    @Test
    void aTravelDateThatHasPassedIsRefusedButTodayIsNot() {
        String trip = "{\"destination\":\"3415\",\"origin\":\"3301\",\"partySize\":1,\"travelDate\":\"%s\"}";
        assertEquals(Map.of("travelDate", "the travel date has passed"), tripErrors(trip.formatted("2020-01-29")));
        assertInstanceOf(EscalationForm.Trip.class, EscalationForms.read(Ticket.Service.RETURNHOME,
                json(trip.formatted("2026-12-01")), PLACES, TODAY), "today is not past");
    }

    @Test
    void theTravelWindowMustContainTheTravelDate() {
        String trip = "{\"destination\":\"3415\",\"origin\":\"3301\",\"partySize\":1,\"travelDate\":\"2027-01-29\"%s}";
        assertInstanceOf(EscalationForm.Trip.class, EscalationForms.read(Ticket.Service.RETURNHOME,
                json(trip.formatted(",\"earliestDate\":\"2027-01-27\",\"latestDate\":\"2027-01-29\"")), PLACES, TODAY));
        assertEquals(Map.of("travelDate", "the travel window must contain the travel date"),
                tripErrors(trip.formatted(",\"earliestDate\":\"2027-01-30\"")));
        assertEquals(Map.of("travelDate", "the travel window must contain the travel date"),
                tripErrors(trip.formatted(",\"latestDate\":\"2027-01-28\"")));
    }

    @Test
    void aLegalFormWithAnUnknownTopicANegativeAmountUnknownEvidenceAndAWordForABooleanNamesAllFour() {
        Map<String, String> errors = assertThrows(InvalidFields.class, () -> EscalationForms.read(
                Ticket.Service.LEGALAID, json("{\"topic\":\"DIVORCE\",\"amountFen\":-5,\"evidence\":[\"RUMOUR\"],"
                        + "\"urgent\":\"yes\"}"), PLACES, TODAY)).errors();
        assertEquals(Set.of("topic", "amountFen", "evidence", "urgent"), errors.keySet(), errors.toString());
        assertEquals("must be 0..10000000000", errors.get("amountFen"));
        assertEquals("must be true or false", errors.get("urgent"));
    }

    @Test
    void choicesAreReadInAnyCaseAndRepeatsAreKeptOnce() {
        EscalationForm.Legal legal = assertInstanceOf(EscalationForm.Legal.class, EscalationForms.read(
                Ticket.Service.LEGALAID, json("{\"topic\":\"wage_arrears\",\"evidence\":[\"iou\",\"IOU\",\"photos\"],"
                        + "\"urgent\":true}"), PLACES, TODAY));
        assertEquals("WAGE_ARREARS", legal.topic());
        assertEquals(List.of("IOU", "PHOTOS"), legal.evidence());
        assertTrue(legal.urgent());
    }

    @Test
    void textIsBoundedAndMustBeText() {
        EscalationForms in = form("{\"employer\":\"" + "厂".repeat(201) + "\",\"text\":42,\"months\":1.5,\"list\":\"IOU\"}");
        assertNull(in.text("employer", 200));
        assertNull(in.text("text", EscalationForms.MAX_TEXT));
        assertNull(in.integer("months", false, 0, 240));
        assertEquals(List.of(), in.choices("list", ConsultationIntake.EVIDENCE));
        assertEquals(Map.of("employer", "at most 200 characters", "text", "must be text", "months", "must be a whole number",
                "list", "must be a list"), errorsOf(in));
    }

    @Test
    void theFirstProblemOfAFieldIsTheOneReported() {
        assertEquals(Map.of("travelDate", "the travel date has passed"), tripErrors(
                "{\"destination\":\"3415\",\"origin\":\"3301\",\"partySize\":1,\"travelDate\":\"2020-01-29\","
                        + "\"earliestDate\":\"2020-01-30\"}"));
    }

    @Test
    void anEmptyFormWithNothingRequiredPasses() {
        EscalationForms in = new EscalationForms(Json.createObjectBuilder().build(), PLACES);
        assertNull(in.place("site", false));
        assertNull(in.whole("amountFen", 0, 10));
        in.check();
    }
}
