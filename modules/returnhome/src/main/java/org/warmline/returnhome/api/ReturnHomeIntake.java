package org.warmline.returnhome.api;

import java.util.Optional;

/**
 * The returning-home module's front door for the dialog: a conversation drafts one trip request,
 * then the worker confirms or discards it; later the worker answers a seat offer (1/2) and asks about
 * their trip (我的车几点走).
 */
public interface ReturnHomeIntake {

    /**
     * Creates the conversation's unconfirmed trip request, or replaces its fields if one exists.
     *
     * @param draft the filled slots
     * @return the trip request id
     * @throws IllegalArgumentException if a field breaks a rule (party size 1..60, codes, window)
     */
    long draft(TripRequestDraft draft);

    /**
     * Marks the conversation's unconfirmed trip request as confirmed by the worker.
     *
     * @param conversationRef the conversation
     * @return the id of the confirmed request, or -1 if there was no unconfirmed one
     */
    long confirm(String conversationRef);

    /** @param conversationRef the conversation whose unconfirmed request is withdrawn (no-op if none) */
    void discardDraft(String conversationRef);

    /**
     * Whether a reply "1" or "2" from this worker answers a seat offer; the dialog asks before it treats
     * the digits as a menu choice.
     *
     * @param workerId the worker
     * @return whether the worker has an offer whose deadline has not passed
     */
    boolean hasOpenOffer(long workerId);

    /**
     * The worker's answer to their newest open seat offer: accept (reply 1) or decline (reply 2).
     *
     * @param workerId the worker
     * @param accept   true for 1 (确认), false for 2 (取消)
     * @return the outcome and the bot's answer text in the worker's language
     */
    OfferAnswer answerOffer(long workerId, boolean accept);

    /**
     * The worker's current trip for 我的车几点走 / "when does my bus leave".
     *
     * @param workerId the worker
     * @return the newest live request with its trip details and a ready answer, or empty if none
     */
    Optional<TripNotice> currentTripOf(long workerId);
}
