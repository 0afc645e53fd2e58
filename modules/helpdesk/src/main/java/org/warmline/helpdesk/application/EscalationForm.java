package org.warmline.helpdesk.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceResolution;

/**
 * An escalation form (issue 5 item 4) read field by field, collecting every error before any is thrown:
 * required fields, text lengths, GB/T 2260 places (a code, or a name the gazetteer resolves to one place),
 * ISO dates, whole numbers in a range, choices from a list. Moved out of {@link EscalationService} so the
 * checks are unit-tested without a server; the service decides which fields each module needs.
 */
final class EscalationForm {
    private final JsonObject json;
    private final Gazetteer gazetteer;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** @param json the form as sent @param gazetteer the places a place field is resolved against */
    EscalationForm(JsonObject json, Gazetteer gazetteer) {
        this.json = json;
        this.gazetteer = gazetteer;
    }

    /** Records what is wrong with a field (the first error of a field is kept). @param field name @param message in English */
    void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /**
     * The travel-date rules of a trip request: not in the past (China's calendar day), and inside the
     * travel window when one is given. Any date may be null (missing or already refused).
     *
     * @param travel   the travel date
     * @param earliest the window's first day
     * @param latest   the window's last day
     * @param today    today in Asia/Shanghai
     */
    void travelWindow(LocalDate travel, LocalDate earliest, LocalDate latest, LocalDate today) {
        if (travel != null && travel.isBefore(today)) {
            error("travelDate", "the travel date has passed");
        }
        if (travel != null && (earliest != null && earliest.isAfter(travel)
                || latest != null && latest.isBefore(travel))) {
            error("travelDate", "the travel window must contain the travel date");
        }
    }

    /** @throws InvalidFields naming every field with an error, if there is one */
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

    /** @param field name @param max longest length @return the stripped text, or null if absent or refused */
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

    /** @param field name @param required whether absence is an error @return the place's GB/T 2260 code, or null */
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

    /** @param field name @param required whether absence is an error @return the ISO date (2027-01-29), or null */
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

    /** @param field name @param required whether absence is an error @param min least @param max most @return the number, or null */
    Integer integer(String field, boolean required, int min, int max) {
        Long n = whole(field, min, max);
        return n == null ? missing(field, required) : Integer.valueOf(n.intValue());
    }

    /** @param field name @param min least @param max most @return a whole number (JSON number or digits in text), or null */
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

    /** @param field name @param allowed upper-case values @param required whether absence is an error @return the value upper-cased, or null */
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

    /** @param field name @param allowed upper-case values @return the distinct values upper-cased, in order; empty if absent or refused */
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

    /** @param field name @return the JSON boolean; false if absent or refused */
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
