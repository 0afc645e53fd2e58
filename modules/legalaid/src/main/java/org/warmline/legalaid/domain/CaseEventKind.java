package org.warmline.legalaid.domain;

/** What a timeline entry of a case records ({@code la_case_event.kind}). */
public enum CaseEventKind {
    /** The case moved to a step (or a step's date changed: a new hearing date). */
    STEP,
    /** A screening criterion was judged. */
    SCREENED,
    /** Staff edited the case's facts, claimants, chain or evidence. */
    EDITED,
    /** A repeat message or another consultation of the same worker and employer was attached. */
    ATTACHED,
    /** The worker confirmed an amount received. */
    RECEIVED,
    /** A staff note was added. */
    NOTE
}
