package org.warmline.returnhome.domain;

/**
 * How many people travel together on one request; a party is never split across trips.
 *
 * @param people seats needed, 1..60 (a 53-seat coach is the largest vehicle; 60 leaves room for
 *               a group-ticket block)
 */
public record PartySize(int people) {
    /** @throws IllegalArgumentException if people is outside 1..60 */
    public PartySize {
        if (people < 1 || people > 60) {
            throw new IllegalArgumentException("party size must be 1..60, was " + people);
        }
    }
}
