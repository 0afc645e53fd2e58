package org.warmline.conversation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a conversation stands between two messages: the reply language, the question the worker
 * was last asked, and the return-home slots filled so far. Immutable; stored by the application as
 * the compact string of {@link #encode()}.
 *
 * @param language        language of the last reply, {@code "zh"} or {@code "en"}
 * @param step            what the engine is waiting for
 * @param destinationCode GB/T 2260 code of the worker's home, or null
 * @param originCode      GB/T 2260 code of where the worker is now, or null
 * @param travelDate      the day of travel, or null
 * @param partySize       people travelling (1..60), or null
 * @param placeOptions    codes offered in an "which one?" question (at most 4; empty unless
 *                        {@code step} is {@link Step#PICK_DESTINATION} or {@link Step#PICK_ORIGIN})
 */
public record DialogState(String language, Step step, String destinationCode, String originCode,
                          LocalDate travelDate, Integer partySize, List<String> placeOptions) {

    /** Chinese, the default language. */
    public static final String ZH = "zh";
    /** English. */
    public static final String EN = "en";
    /** The most options an "which one?" question lists. */
    public static final int MAX_PLACE_OPTIONS = 4;

    private static final Pattern CODE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");
    private static final int MAX_ENCODED = 1000;
    private static final String VERSION = "1";

    /** What the engine waits for after its last reply. */
    public enum Step {
        /** Nothing in progress: a menu choice or a fresh request. */
        IDLE,
        /** Asked where home is. */
        ASK_DESTINATION,
        /** Asked for the travel date. */
        ASK_DATE,
        /** Asked how many people travel. */
        ASK_PARTY,
        /** Asked where the worker is now. */
        ASK_ORIGIN,
        /** Asked which of {@code placeOptions} is home. */
        PICK_DESTINATION,
        /** Asked which of {@code placeOptions} is where the worker is now. */
        PICK_ORIGIN,
        /** Showed the draft trip request and asked 1 to confirm, 2 to change. */
        CONFIRM,
        /** Asked the worker to describe the wage problem (menu choice 2). */
        DESCRIBE_LEGAL,
        /** Asked the worker to describe the work they look for (menu choice 3). */
        DESCRIBE_JOB;

        /** @return true while a return-home request is being filled in or confirmed */
        public boolean isTrip() {
            return this != IDLE && this != DESCRIBE_LEGAL && this != DESCRIBE_JOB;
        }
    }

    /**
     * Validates every component; a null language means Chinese, a null step {@link Step#IDLE}.
     *
     * @throws IllegalArgumentException if a code, the party size or the options are invalid
     */
    public DialogState {
        language = language == null ? ZH : language;
        if (!ZH.equals(language) && !EN.equals(language)) {
            throw new IllegalArgumentException("language must be zh or en, was " + language);
        }
        step = step == null ? Step.IDLE : step;
        checkCode(destinationCode);
        checkCode(originCode);
        if (partySize != null && (partySize < 1 || partySize > 60)) {
            throw new IllegalArgumentException("party size must be 1..60, was " + partySize);
        }
        placeOptions = List.copyOf(placeOptions == null ? List.of() : placeOptions);
        if (placeOptions.size() > MAX_PLACE_OPTIONS) {
            throw new IllegalArgumentException("at most " + MAX_PLACE_OPTIONS + " place options");
        }
        placeOptions.forEach(DialogState::checkCode);
    }

    /** @return a new conversation: Chinese, idle, no slots */
    public static DialogState initial() {
        return new DialogState(ZH, Step.IDLE, null, null, null, null, List.of());
    }

    /**
     * Encodes the state as {@code key=value} pairs joined by {@code ;}, e.g.
     * {@code v=1;l=zh;s=ASK_DATE;d=3415;o=3301;p=2}. Always at most 1000 characters.
     *
     * @return the encoded state
     */
    public String encode() {
        StringBuilder b = new StringBuilder("v=").append(VERSION)
                .append(";l=").append(language)
                .append(";s=").append(step.name());
        if (destinationCode != null) b.append(";d=").append(destinationCode);
        if (originCode != null) b.append(";o=").append(originCode);
        if (travelDate != null) b.append(";t=").append(travelDate);
        if (partySize != null) b.append(";p=").append(partySize);
        if (!placeOptions.isEmpty()) b.append(";x=").append(String.join(",", placeOptions));
        return b.toString();
    }

    /**
     * Reads a string made by {@link #encode()}. Never throws: null, blank, too long or malformed
     * input gives {@link #initial()}.
     *
     * @param encoded the stored string, possibly null
     * @return the state it encodes, or the initial state
     */
    public static DialogState decode(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > MAX_ENCODED) {
            return initial();
        }
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : encoded.strip().split(";")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || fields.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
                    return initial();
                }
            }
            if (!VERSION.equals(fields.get("v"))) {
                return initial();
            }
            String options = fields.get("x");
            List<String> optionList = new ArrayList<>();
            if (options != null) {
                optionList.addAll(List.of(options.split(",")));
            }
            String party = fields.get("p");
            String date = fields.get("t");
            return new DialogState(
                    fields.get("l"),
                    fields.containsKey("s") ? Step.valueOf(fields.get("s")) : Step.IDLE,
                    fields.get("d"),
                    fields.get("o"),
                    date == null ? null : LocalDate.parse(date),
                    party == null ? null : Integer.valueOf(party),
                    optionList);
        } catch (RuntimeException garbage) {
            return initial();
        }
    }

    /**
     * @param newLanguage "zh" or "en"
     * @return this state with another reply language
     */
    public DialogState withLanguage(String newLanguage) {
        return new DialogState(newLanguage, step, destinationCode, originCode, travelDate, partySize, placeOptions);
    }

    /**
     * @param newStep the next step
     * @return this state waiting for something else, with the place options cleared
     */
    public DialogState withStep(Step newStep) {
        return new DialogState(language, newStep, destinationCode, originCode, travelDate, partySize, List.of());
    }

    /** @return true when destination, origin, date and party size are all known */
    public boolean tripComplete() {
        return destinationCode != null && originCode != null && travelDate != null && partySize != null;
    }

    /** @return true when at least one return-home slot is filled */
    public boolean hasTripSlots() {
        return destinationCode != null || originCode != null || travelDate != null || partySize != null;
    }

    private static void checkCode(String code) {
        if (code != null && !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a 2, 4 or 6 digit division code: " + code);
        }
    }
}
