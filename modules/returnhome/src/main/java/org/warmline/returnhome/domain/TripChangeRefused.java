package org.warmline.returnhome.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A change or cancellation of a trip request that the trip's rules forbid (issue 10, point 4). The
 * {@link Reason} lets the bot and the console say why in the reader's language; the message (English,
 * no personal data) is the problem+json detail of the staff API: 409 for a rule of the trip, 422 for a
 * value that can never be right ({@link Reason#isInput()}), with the code {@link Reason#code()}.
 */
public class TripChangeRefused extends TripRuleException {

    private static final long serialVersionUID = 1L;

    /** Why the change is refused. */
    public enum Reason {
        /** The request is not open (unconfirmed, declined, expired, boarded, cancelled …). */
        NOT_OPEN,
        /** Its trip leaves within {@link TripRequest#SELF_SERVICE_CLOSES_BEFORE}: the worker must ask a person. */
        LEAVES_SOON,
        /** Its trip has left. */
        TRIP_LEFT,
        /** A bigger party does not fit the free seats of its published trip ({@link #number()} seats free). */
        NO_ROOM,
        /** The new travel day lies before today (Asia/Shanghai). */
        PAST_DATE,
        /** The new value is the one the request already has. */
        SAME_VALUE;

        /** @return the stable rule code, e.g. {@code trip-change.leaves-soon} */
        public String code() {
            return "trip-change." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** @return whether the value asked for is wrong in itself (422) rather than against the trip (409) */
        public boolean isInput() {
            return this == PAST_DATE || this == SAME_VALUE;
        }
    }

    private final Reason reason;
    private final int number;

    /**
     * @param reason  why
     * @param number  a figure the explanation needs (free seats for {@link Reason#NO_ROOM}), else 0
     * @param message the rule in English, without personal data
     */
    public TripChangeRefused(Reason reason, int number, String message) {
        super(Objects.requireNonNull(reason, "reason").code(), message);
        this.reason = reason;
        this.number = number;
    }

    /** @return why the change is refused */
    public Reason reason() {
        return reason;
    }

    /** @return the figure of the explanation (free seats for NO_ROOM), else 0 */
    public int number() {
        return number;
    }

    /** @return INVALID (422) for a value wrong in itself, else RULE (409) */
    @Override
    public Kind kind() {
        return reason.isInput() ? Kind.INVALID : Kind.RULE;
    }

    /** @return "Change refused" */
    @Override
    public String title() {
        return "Change refused";
    }

    /** @return {@code reason} (NO_ROOM …) and {@code number} (free seats for NO_ROOM, else 0) */
    @Override
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("reason", reason.name());
        members.put("number", number);
        return members;
    }
}
