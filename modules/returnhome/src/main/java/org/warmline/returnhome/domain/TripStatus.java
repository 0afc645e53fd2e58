package org.warmline.returnhome.domain;

/** Where a trip stands (issue 6, item 3). Planning only ever creates and changes DRAFT trips. */
public enum TripStatus {
    /** Being planned: passengers may be added and removed freely, nobody has been told. */
    DRAFT,
    /** Passengers were offered their seats; changes notify everyone on it. */
    PUBLISHED,
    /** Left the pick-up point; check-in is over. */
    DEPARTED,
    /** Arrived at the last stop. */
    ARRIVED,
    /** Called off; passengers went back to the waitlist and were told. */
    CANCELLED
}
