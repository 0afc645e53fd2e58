package org.warmline.returnhome.domain.planning;

import java.time.Duration;

/**
 * How to plan.
 *
 * @param capacity  seats per vehicle (45 for the standard coach)
 * @param maxStops  most destination stops per vehicle (5)
 * @param timeLimit wall-clock budget of the whole plan (the solver stops earlier when it cannot improve)
 */
public record PlanSettings(int capacity, int maxStops, Duration timeLimit) {
    /** @throws IllegalArgumentException for a capacity or stop count below 1 or a non-positive time limit */
    public PlanSettings {
        if (capacity < 1 || maxStops < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("capacity and stops must be at least 1, time positive");
        }
    }
}
