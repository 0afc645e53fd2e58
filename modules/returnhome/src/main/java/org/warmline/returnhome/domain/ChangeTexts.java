package org.warmline.returnhome.domain;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.warmline.core.domain.text.SafeText;

/**
 * What a worker reads about a change or cancellation of their trip request (issue 10, point 4): the bot's
 * question and answer, the refusal with its reason in words, and the notice of a change made by staff.
 * From the bundle {@code org/warmline/returnhome/changes}, {@code zh} first, {@code en}.
 */
public final class ChangeTexts {

    private static final String BUNDLE = "org.warmline.returnhome.changes";
    /** The longest part of a staff reason put into a notice, in characters (the rest is in the audit log). */
    public static final int MAX_REASON_IN_NOTICE = 60;
    /**
     * The longest staff notice, in UCS-2 units: three segments of 67 (3GPP TS 23.038; a Chinese text is
     * UCS-2). A longer reason is shortened to fit.
     */
    public static final int MAX_NOTICE_UNITS = 3 * 67;

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Function<String, String> placeName;

    /**
     * @param language  "zh" or "en" (anything else is Chinese)
     * @param placeName a GB/T 2260 code to the place's name in that language
     */
    public ChangeTexts(String language, Function<String, String> placeName) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.placeName = placeName;
    }

    /** @param r a request @return "1月29日，杭州市→六安市，2人" */
    public String summary(TripRequest r) {
        return format("summary", day(r.travelDate()), placeName.apply(r.originCode()),
                placeName.apply(r.destinationCode()), String.valueOf(r.partySize()));
    }

    /**
     * @param r      the request before the change
     * @param change the change
     * @param leaves whether the party would leave its trip
     * @return what would change, for the bot's confirmation question
     */
    public String question(TripRequest r, TripRequestChange change, boolean leaves) {
        String what = switch (change.kind()) {
            case PARTY_SIZE -> format("ask.PARTY_SIZE", summary(r), String.valueOf(change.partySize().people()));
            case TRAVEL_DATE -> format("ask.TRAVEL_DATE", summary(r), day(change.travelDate()));
            case DESTINATION -> format("ask.DESTINATION", summary(r), placeName.apply(change.destinationCode()));
            case CANCEL -> format("ask.CANCEL", summary(r));
        };
        return leaves && change.kind() != TripRequestChange.Kind.CANCEL ? what + sep() + format("ask.leaves") : what;
    }

    /** @param r the request after the change @param left whether it left its trip @return the bot's answer */
    public String done(TripRequest r, boolean left) {
        if (r.status() == TripRequestStatus.CANCELLED) {
            return format("done.cancel", summary(r));
        }
        String done = format("done", summary(r));
        return left ? done + sep() + format("done.leaves") : done;
    }

    /**
     * @param refused the refusal
     * @param r       the request
     * @param trip    its trip, or null
     * @param change  the change asked for
     * @return why not, in words, and whom to ask
     */
    public String refused(TripChangeRefused refused, TripRequest r, Trip trip, TripRequestChange change) {
        return switch (refused.reason()) {
            case LEAVES_SOON -> format("refused.LEAVES_SOON", trip == null ? "" : when(trip.departsAt()));
            case NO_ROOM -> format("refused.NO_ROOM", String.valueOf(refused.number()),
                    String.valueOf(change.partySize().people()));
            case PAST_DATE -> format("refused.PAST_DATE", day(change.travelDate()));
            case SAME_VALUE -> format("refused.SAME_VALUE", summary(r));
            default -> format("refused." + refused.reason().name());
        };
    }

    /**
     * The notice of a change made by staff, within {@link #MAX_NOTICE_UNITS}: what the request is now, the
     * reason (cut to {@link #MAX_REASON_IN_NOTICE} characters, shorter if the notice would not fit; left out
     * if it cannot fit at all) and how to reply.
     *
     * @param r      the request after the change
     * @param left   whether it left its trip
     * @param reason the reason to tell the worker, or null to leave it out
     * @return the SMS or chat text
     */
    public String staffNotice(TripRequest r, boolean left, String reason) {
        if (reason == null || reason.isBlank()) {
            return staffNotice(r, left, "", "");
        }
        String cut = SafeText.cut(reason.strip(), MAX_REASON_IN_NOTICE);
        String full = staffNotice(r, left, cut, format("staff.reason", cut));
        int over = units(full) - MAX_NOTICE_UNITS;
        if (over <= 0) {
            return full;
        }
        // A Chinese reason in an English notice makes it UCS-2: the reason gives way, the facts stay.
        String shorter = cut.length() - over - 1 >= 6 ? SafeText.cut(cut, cut.length() - over - 1) + "…" : null;
        return shorter == null ? staffNotice(r, left, "", "") : staffNotice(r, left, shorter,
                format("staff.reason", shorter));
    }

    private String staffNotice(TripRequest r, boolean left, String reason, String why) {
        if (r.status() == TripRequestStatus.CANCELLED) {
            return format("staff.cancelled", summary(r), why);
        }
        return format("staff.changed", summary(r), why, left ? format("staff.leaves") : "");
    }

    /** @return the text's length in the units of its SMS encoding, scaled to UCS-2 units (GSM-7 counts 67/153) */
    private static int units(String text) {
        boolean gsm = text.chars().allMatch(c -> c < 128 && c != '`');
        return gsm ? text.length() * 67 / 153 : text.length();
    }

    private String sep() {
        return locale == Locale.ENGLISH ? " " : "";
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private String day(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern(locale == Locale.ENGLISH ? "MMM d" : "M月d日", locale));
    }

    private String when(Instant at) {
        return at.atZone(Trip.ZONE).format(DateTimeFormatter.ofPattern(locale == Locale.ENGLISH ? "MMM d HH:mm"
                : "M月d日 HH:mm", locale));
    }
}
