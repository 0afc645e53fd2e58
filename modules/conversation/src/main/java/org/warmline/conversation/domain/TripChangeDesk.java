package org.warmline.conversation.domain;

/**
 * What the dialog asks about the worker's own trip request before it offers a change (issue 10, point 4):
 * whether there is a confirmed or waiting request and whether its trip's rules allow the change. A read
 * only port: the application implements it per message with returnhome's api; the change itself is made
 * by the application as the action {@link DialogAction.ChangeTripRequest}, after the worker's 1.
 */
@FunctionalInterface
public interface TripChangeDesk {

    /** No request to change (the engine without the application, e.g. the corpus test). */
    TripChangeDesk NONE = (change, language) -> new Answer(Outcome.NO_REQUEST, 0, change, null);

    /**
     * @param change   what the worker asked for
     * @param language "zh" or "en": the language of the answer's text
     * @return the answer; never null
     */
    Answer check(TripChange change, String language);

    /** The kinds of answer. */
    enum Outcome {
        /** The worker has no confirmed or waiting trip request. */
        NO_REQUEST,
        /** The change can be made; {@code text} says what would change, the dialog asks 1/2. */
        CONFIRM,
        /** A rule forbids it; {@code text} says why and whom to ask. */
        REFUSED
    }

    /**
     * @param outcome   the kind of answer
     * @param requestId the request (CONFIRM, REFUSED), else 0
     * @param change    the change with a relative day resolved, to keep for the confirmation
     * @param text      the words for the worker (CONFIRM, REFUSED), else null
     */
    record Answer(Outcome outcome, long requestId, TripChange change, String text) { }
}
