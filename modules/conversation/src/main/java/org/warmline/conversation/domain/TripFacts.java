package org.warmline.conversation.domain;

import java.util.Optional;
import org.warmline.core.domain.place.PlaceResolution;

/**
 * What one message says about a return-home trip. Places are Found or Ambiguous resolutions with
 * the text they were read from; a component is null (or empty) when the message does not say it.
 *
 * @param destination     where home is, or null
 * @param destinationText the words it was read from
 * @param origin          where the worker is now, or null
 * @param originText      the words it was read from
 * @param date            the first date or window in the message, or null
 * @param partySize       the number of people said (not yet range-checked)
 * @param homeByPlace     a place followed "回", "回到", "home to", "go to"…: the worker wants to travel
 * @param notes           special needs (带小孩, 有老人, 行李多 …), or null
 */
record TripFacts(PlaceResolution destination, String destinationText,
                 PlaceResolution origin, String originText,
                 DateReader.Found date, Optional<Integer> partySize, boolean homeByPlace, String notes) {

    /** @return true if the message says anything about the trip */
    boolean any() {
        return destination != null || origin != null || date != null || partySize.isPresent() || notes != null;
    }
}
