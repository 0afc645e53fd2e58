package org.warmline.returnhome.domain;

/** Where a trip request stands. Later lifecycle states (offered, boarded …) come with trip planning. */
public enum TripRequestStatus {
    /** All fields filled by the dialog; waiting for the worker's 对/yes. */
    AWAITING_CONFIRMATION,
    /** The worker confirmed the request; a coordinator can plan it. */
    CONFIRMED,
    /** The worker said no or started over. */
    DISCARDED
}
