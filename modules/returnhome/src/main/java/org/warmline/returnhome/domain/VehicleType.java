package org.warmline.returnhome.domain;

/** The kinds of vehicle a trip uses (issue 6, item 3); seats are the capacity unless a block size is given. */
public enum VehicleType {
    /** A chartered coach (包车) with 45 passenger seats. */
    COACH_45(45),
    /** A chartered coach with 53 passenger seats. */
    COACH_53(53),
    /** A minibus with 19 passenger seats. */
    MINIBUS_19(19),
    /** A block of N seats on a train (团体票); N is given per trip, 1..2000. */
    TRAIN_BLOCK(0);

    private final int seats;

    VehicleType(int seats) {
        this.seats = seats;
    }

    /**
     * @param blockSeats seats of a train block (ignored for road vehicles, may be null then)
     * @return the capacity in seats
     * @throws IllegalArgumentException if a train block has no size in 1..2000
     */
    public int capacity(Integer blockSeats) {
        if (this != TRAIN_BLOCK) {
            return seats;
        }
        if (blockSeats == null || blockSeats < 1 || blockSeats > 2000) {
            throw new IllegalArgumentException("a train group-ticket block needs 1..2000 seats");
        }
        return blockSeats;
    }
}
