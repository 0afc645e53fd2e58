package org.warmline.core.interfaces.rest;

import jakarta.ws.rs.BadRequestException;

/** Reads a {@code limit} query parameter strictly: a clear 400 for anything but 1..max. */
public final class QueryLimits {

    private QueryLimits() {
    }

    /**
     * @param text     the parameter as sent, or null
     * @param fallback the value when absent
     * @param max      the largest allowed value
     * @return the limit
     * @throws BadRequestException (400, problem+json via the mappers) if it is not an integer in 1..max
     */
    public static int parse(String text, int fallback, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the error
        }
        throw new BadRequestException("limit must be a whole number from 1 to " + max);
    }
}
