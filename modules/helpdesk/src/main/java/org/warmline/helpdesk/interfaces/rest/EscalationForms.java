package org.warmline.helpdesk.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warmline.conversation.api.TradeWords;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceResolution;
import org.warmline.helpdesk.application.EscalationForm;
import org.warmline.helpdesk.application.InvalidFields;
import org.warmline.helpdesk.domain.Ticket;
import org.warmline.jobs.api.JobSeekerIntake;
import org.warmline.legalaid.api.ConsultationIntake;

/**
 * Reads an escalation form's JSON {@code fields} into a typed {@link EscalationForm}, field by field,
 * collecting every error before any is thrown (422 problem+json, code {@code validation.fields}, naming each
 * wrong field): texts and their lengths, places (a GB/T 2260 code or a name the gazetteer resolves to one place),
 * ISO dates (Asia/Shanghai; a travel day not past, inside its window), whole numbers in range, choices.
 */
final class EscalationForms {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Longest text kept as the worker's description of a consultation or job request. */
    static final int MAX_TEXT = 2000;

    private final JsonObject json;
    private final Gazetteer gazetteer;
    private final Map<String, String> errors = new LinkedHashMap<>();

    EscalationForms(JsonObject json, Gazetteer gazetteer) {
        this.json = json;
        this.gazetteer = gazetteer;
    }

    /**
     * @param service   the module
     * @param fields    the form's fields, or null for none
     * @param gazetteer places
     * @param clock     today (a travel day must not be past)
     * @return the typed form
     * @throws InvalidFields (422) naming each field that is missing or breaks a rule
     */
    static EscalationForm read(Ticket.Service service, JsonObject fields, Gazetteer gazetteer, Clock clock) {
        EscalationForms in = new EscalationForms(fields == null ? JsonValue.EMPTY_JSON_OBJECT : fields, gazetteer);
        EscalationForm form = switch (service) {
            case RETURNHOME -> {
                String destination = in.place("destination", true);
                String origin = in.place("origin", true);
                LocalDate travel = in.date("travelDate", true);
                LocalDate earliest = in.date("earliestDate", false);
                LocalDate latest = in.date("latestDate", false);
                Integer party = in.integer("partySize", true, 1, 60);
                String notes = in.text("notes", 500);
                if (travel != null && travel.isBefore(LocalDate.now(clock.withZone(CHINA)))) {
                    in.error("travelDate", "the travel date has passed");
                }
                if (travel != null && (earliest != null && earliest.isAfter(travel)
                        || latest != null && latest.isBefore(travel))) {
                    in.error("travelDate", "the travel window must contain the travel date");
                }
                yield in.errors.isEmpty()
                        ? new EscalationForm.Trip(destination, origin, travel, earliest, latest, party, notes) : null;
            }
            case LEGALAID -> {
                String topic = in.choice("topic", ConsultationIntake.TOPICS, true);
                String text = in.text("text", MAX_TEXT);
                String employer = in.text("employer", 200);
                String site = in.place("site", false);
                Long amount = in.whole("amountFen", 0, 100_000_000_00L);
                Integer months = in.integer("monthsUnpaid", false, 0, 240);
                Integer coWorkers = in.integer("coWorkersOwed", false, 0, 100_000);
                List<String> evidence = in.choices("evidence", ConsultationIntake.EVIDENCE);
                boolean urgent = in.bool("urgent");
                yield new EscalationForm.Legal(topic, text, employer, site, amount, months, coWorkers, evidence, urgent);
            }
            case JOBS -> {
                String want = in.choice("want", JobSeekerIntake.WANTS, true);
                String text = in.text("text", MAX_TEXT);
                // the trade in the worker's words (焊工, 电焊, 普工) or as a standard name, read as the bot reads it
                String tradeText = in.text("trade", 32);
                String trade = TradeWords.read(tradeText).orElse(null);
                if (tradeText != null && trade == null) {
                    in.error("trade", "no trade recognised; write it as workers say it, e.g. 焊工, 电焊, 普工, 电工");
                }
                String location = in.place("location", false);
                LocalDate from = in.date("availableFrom", false);
                yield new EscalationForm.Job(want, text, trade, location, from);
            }
        };
        in.check();
        return form;
    }

    void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
    }

    private JsonValue value(String field) {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL
                || v instanceof JsonString s && s.getString().isBlank()) {
            return null;
        }
        return v;
    }

    /** An absent field: an error when it is required (and has no other error yet). @return null */
    private <T> T missing(String field, boolean required) {
        if (required && !errors.containsKey(field)) {
            error(field, "required");
        }
        return null;
    }

    String text(String field, int max) {
        JsonValue v = value(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            error(field, "must be text");
            return null;
        }
        String text = s.getString().strip();
        if (text.length() > max) {
            error(field, "at most " + max + " characters");
            return null;
        }
        return text;
    }

    String place(String field, boolean required) {
        String text = text(field, 60);
        if (text == null) {
            return missing(field, required);
        }
        if (text.matches("\\d+")) {
            if (!Place.isCode(text) || gazetteer.byCode(text).isEmpty()) {
                error(field, "no place with the GB/T 2260 code " + text);
                return null;
            }
            return text;
        }
        PlaceResolution r = gazetteer.resolve(text);
        if (r instanceof PlaceResolution.Found found) {
            return found.place().code();
        }
        if (r instanceof PlaceResolution.Ambiguous a) {
            List<String> options = new ArrayList<>();
            a.options().stream().limit(4).forEach(p -> options.add(p.code() + " " + p.name()));
            error(field, "ambiguous place; give its code: " + String.join(", ", options));
        } else {
            error(field, "unknown place");
        }
        return null;
    }

    LocalDate date(String field, boolean required) {
        String text = text(field, 10);
        if (text == null) {
            return missing(field, required);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(field, "a date like 2027-01-29");
            return null;
        }
    }

    Integer integer(String field, boolean required, int min, int max) {
        Long n = whole(field, min, max);
        return n == null ? missing(field, required) : Integer.valueOf(n.intValue());
    }

    Long whole(String field, long min, long max) {
        JsonValue v = value(field);
        if (v == null) {
            return null;
        }
        long n;
        if (v instanceof JsonNumber num && num.isIntegral()) {
            n = num.longValue();
        } else if (v instanceof JsonString s && s.getString().strip().matches("-?\\d{1,15}")) {
            n = Long.parseLong(s.getString().strip());
        } else {
            error(field, "must be a whole number");
            return null;
        }
        if (n < min || n > max) {
            error(field, "must be " + min + ".." + max);
            return null;
        }
        return n;
    }

    String choice(String field, List<String> allowed, boolean required) {
        String text = text(field, 32);
        if (text == null) {
            return missing(field, required);
        }
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        if (!allowed.contains(upper)) {
            error(field, "one of " + allowed);
            return null;
        }
        return upper;
    }

    List<String> choices(String field, List<String> allowed) {
        JsonValue v = value(field);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof JsonArray array)) {
            error(field, "must be a list");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : array) {
            String s = item instanceof JsonString js ? js.getString().toUpperCase(java.util.Locale.ROOT) : null;
            if (s == null || !allowed.contains(s)) {
                error(field, "each one of " + allowed);
                return List.of();
            }
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    boolean bool(String field) {
        JsonValue v = value(field);
        if (v == null) {
            return false;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        error(field, "must be true or false");
        return false;
    }
}
