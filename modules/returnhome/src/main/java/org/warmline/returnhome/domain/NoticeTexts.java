package org.warmline.returnhome.domain;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts passengers get by SMS and from the bot, in the worker's language ({@code zh} first,
 * {@code en}), from the bundle {@code org/warmline/returnhome/notices}. Each stays within two SMS
 * segments (issue 6, item 6): a pick-up point has at most {@link Trip#MAX_PICKUP} characters, and
 * {@code NoticeTextsTest} measures every template at its longest.
 */
public final class NoticeTexts {

    private static final String BUNDLE = "org.warmline.returnhome.notices";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final boolean inChat;

    /** @param language the worker's language, "zh" or "en" (anything else is Chinese) */
    public NoticeTexts(String language) {
        this(language, false);
    }

    /**
     * @param language the worker's language, "zh" or "en" (anything else is Chinese)
     * @param inChat   true for a worker told in their web chat (chat-only, issue 10 item 3): texts that
     *                 promise later news say "在这个对话里通知您" instead of an SMS
     */
    public NoticeTexts(String language, boolean inChat) {
        this.inChat = inChat;
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the offer sent on publishing: date, time, pick-up point, seats, deadline, "回复1确认 2取消" */
    public String offer(Trip trip, TripRequest request) {
        return format("offer", date(trip.departsAt()), time(trip.departsAt()), trip.pickupPoint(),
                request.partySize(), date(request.offerDeadline()) + " " + time(request.offerDeadline()));
    }

    /** @return the reminder 24 hours before departure */
    public String reminder(Trip trip, TripRequest request) {
        return format("reminder", date(trip.departsAt()), time(trip.departsAt()), trip.pickupPoint(), request.partySize());
    }

    /** @return the batch notice of a changed published trip (identical for everyone on it) */
    public String changed(Trip trip) {
        return format("changed", date(trip.departsAt()), time(trip.departsAt()), trip.pickupPoint());
    }

    /** @return the batch notice of a cancelled trip (identical for everyone on it) */
    public String cancelled(Trip trip) {
        return format(inChat ? "cancelled.chat" : "cancelled", date(trip.departsAt()), time(trip.departsAt()), trip.pickupPoint());
    }

    /** @return the bot's answer to reply 1 */
    public String accepted(Trip trip, TripRequest request) {
        return format("accepted", date(trip.departsAt()), time(trip.departsAt()), trip.pickupPoint(), request.partySize());
    }

    /** @return the bot's answer to reply 2 */
    public String declined() {
        return format("declined");
    }

    /** @return the bot's answer when the offer's deadline had passed */
    public String offerExpired() {
        return format("expired");
    }

    /** @return the bot's answer to 我的车几点走 for a request still waiting for a seat */
    public String waiting(TripRequest request) {
        return format(inChat ? "waiting.chat" : "waiting", date(request.travelDate().atStartOfDay(Trip.ZONE).toInstant()), request.partySize());
    }

    /** @return the bot's answer to 我的车几点走 for a confirmed seat */
    public String confirmedSeat(Trip trip, TripRequest request) {
        return format("seat", date(trip.departsAt()), time(trip.departsAt()), trip.pickupPoint(), request.partySize());
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private String date(Instant at) {
        ZonedDateTime z = at.atZone(Trip.ZONE);
        return z.format(DateTimeFormatter.ofPattern(locale == Locale.ENGLISH ? "MMM d" : "M月d日", locale));
    }

    private String time(Instant at) {
        return at.atZone(Trip.ZONE).format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
