package org.warmline.core.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmline.core.domain.refusal.Forbidden;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.domain.refusal.NotFound;
import org.warmline.core.domain.refusal.Refusal;
import org.warmline.core.domain.refusal.RuleViolation;

/** How a refusal becomes problem+json (issue 11, point 4): status by kind, the rule code, the refusal's members. */
class RefusalMapperTest {

    @Test
    void eachKindAnswersItsStatus() {
        assertEquals(404, RefusalMapper.status(new NotFound("conversation.not-found", "no conversation 7").kind()));
        assertEquals(403, RefusalMapper.status(new Forbidden("centre.outside", "another centre").kind()));
        assertEquals(409, RefusalMapper.status(new RuleViolation("trip.seats-exceeded", "45 seats").kind()));
        assertEquals(422, RefusalMapper.status(new InvalidInput(Map.of("until", "must be in the future")).kind()));
    }

    @Test
    void theBodyCarriesTheCodeFirst() {
        JsonObject members = RefusalMapper.members(new Forbidden("centre.outside", "this conversation belongs to another help centre"));
        assertEquals("centre.outside", members.getString("code"));
        assertEquals(1, members.size(), "a plain refusal adds only its code: " + members);
    }

    @Test
    void wrongFieldsAreNamedOneByOneAndTheFirstIsTheField() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("partySize", "must be 1..60");
        errors.put("travelDate", "a date like 2027-01-29");
        JsonObject members = RefusalMapper.members(new InvalidInput(errors));
        assertEquals("validation.fields", members.getString("code"));
        assertEquals("partySize", members.getString("field"));
        assertEquals("must be 1..60", members.getJsonObject("errors").getString("partySize"));
        assertEquals("a date like 2027-01-29", members.getJsonObject("errors").getString("travelDate"));
    }

    @Test
    void aRefusalsOwnMembersKeepTheirJsonTypes() {
        Refusal refusal = new RuleViolation("trip-change.no-room", "3 seats free") {
            private static final long serialVersionUID = 1L;

            @Override
            public Map<String, Object> members() {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("reason", "NO_ROOM");
                m.put("number", 3);
                m.put("urgent", true);
                return m;
            }
        };
        JsonObject members = RefusalMapper.members(refusal);
        assertEquals("NO_ROOM", members.getString("reason"));
        assertEquals(3, members.getInt("number"));
        assertEquals(true, members.getBoolean("urgent"));
        assertEquals("Conflict", refusal.title());
    }

    @Test
    void aCodeIsLowerCaseWordsAndAFormNamesAField() {
        assertThrows(IllegalArgumentException.class, () -> new RuleViolation("Trip Seats", "x"));
        assertThrows(IllegalArgumentException.class, () -> new InvalidInput(Map.of()));
    }
}
