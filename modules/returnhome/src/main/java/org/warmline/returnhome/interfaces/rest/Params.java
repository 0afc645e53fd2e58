package org.warmline.returnhome.interfaces.rest;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.warmline.core.domain.place.Place;
import org.warmline.returnhome.domain.TripRequestStatus;

/** Strict parsing of query parameters: a clear 400 for anything malformed. */
final class Params {

    private Params() {
    }

    /** @return the date, or null when absent @throws BadRequestException if not ISO-8601 */
    static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO date like 2027-01-29");
        }
    }

    /** @return statuses from a comma list, empty when absent @throws BadRequestException for an unknown one */
    static List<TripRequestStatus> statuses(String text) {
        List<TripRequestStatus> result = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String s : text.split(",")) {
            try {
                result.add(TripRequestStatus.valueOf(s.trim()));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("status must be among " + Arrays.toString(TripRequestStatus.values()));
            }
        }
        return result;
    }

    /** @return the code, or null when absent @throws BadRequestException unless 2, 4 or 6 digits */
    static String code(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!Place.isCode(text.trim())) {
            throw new BadRequestException(name + " must be a GB/T 2260 code of 2, 4 or 6 digits");
        }
        return text.trim();
    }
}
