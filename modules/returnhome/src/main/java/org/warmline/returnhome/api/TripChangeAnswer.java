package org.warmline.returnhome.api;

/**
 * returnhome's answer to a change the worker asked for in the dialog.
 *
 * @param outcome   what happened
 * @param requestId the request the change is about, or null with {@link Outcome#NO_REQUEST}
 * @param change    the change with a relative day resolved to {@code travelDate} (store this one for the
 *                  confirmation), or the change as asked
 * @param text      in the worker's language: for {@link Outcome#CONFIRM}, what would change (the dialog
 *                  adds its 1/2 question); for REFUSED, why not and whom to ask; for CHANGED, what is
 *                  now true; null for NO_REQUEST
 */
public record TripChangeAnswer(Outcome outcome, Long requestId, WorkerTripChange change, String text) {

    /** The result. */
    public enum Outcome {
        /** The worker has no confirmed or waiting request. */
        NO_REQUEST,
        /** The change can be made: the worker is asked to confirm it. */
        CONFIRM,
        /** A trip rule forbids it (e.g. the trip leaves within 12 hours); nothing changed. */
        REFUSED,
        /** The change was made. */
        CHANGED
    }
}
