package org.warmline.returnhome.infrastructure.planning;

import java.time.LocalDate;

/**
 * A vehicle that may be used (a problem fact and the planning variable's value): one day, one
 * origin prefecture, one destination province. Unused slots cost nothing.
 */
public class VehicleSlot {

    private int index;
    private LocalDate date;
    private int capacity;
    private int maxStops;

    /** For the solver. */
    public VehicleSlot() {
    }

    /**
     * @param index    position in the group (identity)
     * @param date     departure day
     * @param capacity seats
     * @param maxStops most stops
     */
    public VehicleSlot(int index, LocalDate date, int capacity, int maxStops) {
        this.index = index;
        this.date = date;
        this.capacity = capacity;
        this.maxStops = maxStops;
    }

    /** @return position in the group */
    public int getIndex() {
        return index;
    }

    /** @return departure day */
    public LocalDate getDate() {
        return date;
    }

    /** @return seats */
    public int getCapacity() {
        return capacity;
    }

    /** @return most stops */
    public int getMaxStops() {
        return maxStops;
    }

    @Override
    public String toString() {
        return "slot" + index + "@" + date;
    }
}
