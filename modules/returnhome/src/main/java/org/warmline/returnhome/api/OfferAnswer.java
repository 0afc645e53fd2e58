package org.warmline.returnhome.api;

/**
 * What became of a worker's reply to a seat offer (1 = confirm, 2 = cancel).
 *
 * @param outcome   what happened
 * @param requestId the request answered, or null when there was no open offer
 * @param text      the bot's answer in the worker's language (null when {@link Outcome#NO_OPEN_OFFER}:
 *                  the dialog treats the reply as an ordinary message)
 */
public record OfferAnswer(Outcome outcome, Long requestId, String text) {

    /** The result of an answer. */
    public enum Outcome {
        /** Reply 1: the seat is the worker's (SEAT_CONFIRMED). */
        SEAT_CONFIRMED,
        /** Reply 2: the seat was released (DECLINED). */
        DECLINED,
        /** The deadline had passed; the seat is gone (EXPIRED). */
        EXPIRED,
        /** The worker has no open offer; the reply is not about a seat. */
        NO_OPEN_OFFER
    }
}
