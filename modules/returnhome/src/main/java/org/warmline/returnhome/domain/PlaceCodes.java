package org.warmline.returnhome.domain;

import org.warmline.core.domain.place.Place;

/**
 * Rules on GB/T 2260 division codes (2 digits province, 4 city/prefecture, 6 county), which nest by
 * prefix: 34 安徽 ⊃ 3415 六安 ⊃ 341502 金安区.
 */
public final class PlaceCodes {

    private PlaceCodes() {
    }

    /**
     * A stop serves a destination when one code contains the other: the same county, the county
     * inside a city stop, or a city-level request served by a stop in one of its counties.
     *
     * @param stop        a trip's stop code
     * @param destination a request's destination code
     * @return whether the stop serves the destination
     */
    public static boolean serves(String stop, String destination) {
        return stop.startsWith(destination) || destination.startsWith(stop);
    }

    /**
     * @param a a code
     * @param b another code
     * @return whether both lie in the same prefecture (first 4 digits; a 2-digit province code
     *         matches any place in that province)
     */
    public static boolean sameCity(String a, String b) {
        int n = Math.min(4, Math.min(a.length(), b.length()));
        return a.substring(0, n).equals(b.substring(0, n));
    }

    /** @param code a code @return its province, the first 2 digits */
    public static String province(String code) {
        return code.substring(0, 2);
    }

    /**
     * @param code a code of 2, 4 or 6 digits
     * @return the code
     * @throws IllegalArgumentException otherwise
     */
    public static String require(String code) {
        if (!Place.isCode(code)) {
            throw new IllegalArgumentException("a place code has 2, 4 or 6 digits");
        }
        return code;
    }
}
