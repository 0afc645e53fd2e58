package org.warmline.conversation.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warmline.core.domain.place.PlaceResolution;

/**
 * Reads a worker's wish to change or cancel their trip request (issue 10, point 4): a cancel word
 * ("不回了，取消", "取消返乡", "cancel my trip"), or a change word ("改成", "变成", "推迟", "change",
 * "move") with the new value — a party size ("改成5个人", "我们变成3个人了", "change to 4 people"), a day
 * ("改到腊月二十八", "change the date to Jan 30"), a shift ("晚两天走", "提前一天", "2 days later"), or a
 * destination ("改成回衡阳"). Wage or job talk is never a trip change ("工资推迟到月底发"). Pure text
 * rules; whether the worker has a request to change is the application's question
 * ({@link TripChangeDesk}).
 */
final class TripChangeReader {

    private static final String NUM = "[0-9一二两三四五六七八九十]+";
    private static final Pattern CANCEL = Pattern.compile(
            "取消(?!订阅)|不回(?:去|家|老家)?了|不走了|不去了|不坐车了|不要(?:车|座位|票)了|退票"
                    + "|(?i:\\bcancel\\b|\\bcall off\\b|\\bnot going\\b)");
    private static final Pattern CHANGE = Pattern.compile(
            "改|变成|变为|换成|换到|推迟|延后|推后|往后推|提前|晚(?:走|" + NUM + "天)|早(?:走|" + NUM + "天)"
                    + "|(?i:\\bchange\\b|\\bmove\\b|\\bswitch\\b|\\bpostpone\\b|\\binstead\\b|\\bmake it\\b)");
    private static final Pattern LATER = Pattern.compile("(?:晚|推迟|延后|推后|往后推)(" + NUM + ")天");
    private static final Pattern EARLIER = Pattern.compile("(?:早|提前)(" + NUM + ")天");
    private static final Pattern EN_SHIFT = Pattern.compile(
            "(?i)\\b(\\d{1,2}|one|two|three|four|five|a)\\s+days?\\s+(later|earlier|sooner)\\b");
    private static final Pattern TRIP_WORDS = Pattern.compile(
            "返乡|回家|申请|车|票|日期|时间|人数|目的地|行程|(?i:\\btrip\\b|\\bdate\\b|\\bbooking\\b|\\brequest\\b|\\bseat)");

    /**
     * What a message asks to change.
     *
     * @param kind            what changes, or null when the message says it wants a change but not what
     * @param partySize       the party size said (not yet range-checked), or null
     * @param date            the day said, or null
     * @param shiftDays       days later (positive) or earlier (negative), or null
     * @param destination     the destination said (Found or Ambiguous), or null
     * @param destinationText the words it was read from
     */
    record Said(TripChange.Kind kind, Integer partySize, DateReader.Found date, Integer shiftDays,
                PlaceResolution destination, String destinationText) {
    }

    private final TripReader reader;

    TripChangeReader(TripReader reader) {
        this.reader = reader;
    }

    /**
     * @param folded the message, width-folded and Simplified
     * @return the change it asks for, or empty when it is not about changing a trip request
     */
    Optional<Said> read(String folded) {
        if (folded.length() > 200 || IntakeReader.legal(folded) || IntakeReader.jobAt(folded) >= 0) {
            return Optional.empty();
        }
        boolean cancel = CANCEL.matcher(folded).find();
        Integer shift = shift(folded);
        boolean change = CHANGE.matcher(folded).find() || shift != null;
        if (!cancel && !change) {
            return Optional.empty();
        }
        TripFacts facts = reader.read(folded, DialogState.Step.IDLE, false, true);
        Integer party = facts.partySize().orElse(null);
        if (cancel && (party == null && facts.date() == null && shift == null && facts.destination() == null
                || !change)) {
            return Optional.of(new Said(TripChange.Kind.CANCEL, null, null, null, null, null));
        }
        if (party != null) {
            return Optional.of(new Said(TripChange.Kind.PARTY_SIZE, party, null, null, null, null));
        }
        if (shift != null) {
            return Optional.of(new Said(TripChange.Kind.TRAVEL_DATE, null, null, shift, null, null));
        }
        if (facts.date() != null) {
            return Optional.of(new Said(TripChange.Kind.TRAVEL_DATE, null, facts.date(), null, null, null));
        }
        if (facts.destination() != null) {
            return Optional.of(new Said(TripChange.Kind.DESTINATION, null, null, null, facts.destination(),
                    facts.destinationText()));
        }
        return TRIP_WORDS.matcher(folded).find() ? Optional.of(new Said(null, null, null, null, null, null))
                : Optional.empty();
    }

    /** @return days later (+) or earlier (−) said relatively ("晚两天", "提前一天", "2 days later"), or null */
    static Integer shift(String folded) {
        Matcher later = LATER.matcher(folded);
        if (later.find()) {
            return Texts.number(later.group(1)).orElse(null);
        }
        Matcher earlier = EARLIER.matcher(folded);
        if (earlier.find()) {
            return Texts.number(earlier.group(1)).map(n -> -n).orElse(null);
        }
        Matcher en = EN_SHIFT.matcher(folded);
        if (en.find()) {
            String n = en.group(1).toLowerCase();
            int days = switch (n) {
                case "a", "one" -> 1;
                case "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                default -> Integer.parseInt(n);
            };
            return en.group(2).equalsIgnoreCase("later") ? days : -days;
        }
        return null;
    }
}
