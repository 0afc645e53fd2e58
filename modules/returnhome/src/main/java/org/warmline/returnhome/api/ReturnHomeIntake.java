package org.warmline.returnhome.api;

/**
 * The returning-home module's front door for the dialog: a conversation drafts one trip request,
 * then the worker confirms or discards it.
 */
public interface ReturnHomeIntake {

    /**
     * Creates the conversation's unconfirmed trip request, or replaces its fields if one exists.
     *
     * @param draft the filled slots
     * @return the trip request id
     * @throws IllegalArgumentException if a field breaks a rule (party size 1..60, codes)
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
}
