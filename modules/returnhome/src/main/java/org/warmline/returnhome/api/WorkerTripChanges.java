package org.warmline.returnhome.api;

/**
 * The dialog's door to changing or cancelling a worker's own trip request (issue 10, point 4): first
 * {@link #check} (nothing changes; the bot asks "回复1确认，2不改"), then, on the worker's 1,
 * {@link #apply}. The rules are returnhome's ({@code TripRequest.refusal}); texts come in the language asked.
 */
public interface WorkerTripChanges {

    /**
     * Whether the worker's newest confirmed or waiting request (CONFIRMED, WAITLISTED, OFFERED,
     * SEAT_CONFIRMED) can take the change. Changes nothing.
     *
     * @param workerId the worker (core {@code wk_worker.id})
     * @param change   what they asked for
     * @param language "zh" or "en": the language of the answer's text
     * @return NO_REQUEST, CONFIRM (with the request and the resolved change) or REFUSED
     */
    TripChangeAnswer check(long workerId, WorkerTripChange change, String language);

    /**
     * Makes a change the worker confirmed; the rules are checked again (time has passed since the question).
     *
     * @param workerId  the worker, who must own the request
     * @param requestId the request named by {@link #check}
     * @param change    the resolved change of {@link #check}
     * @param language  "zh" or "en"
     * @return CHANGED, REFUSED, or NO_REQUEST when the request is not the worker's or no longer open (with a
     *         text saying it can no longer be changed)
     */
    TripChangeAnswer apply(long workerId, long requestId, WorkerTripChange change, String language);
}
