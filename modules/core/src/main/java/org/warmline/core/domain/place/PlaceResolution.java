package org.warmline.core.domain.place;

import java.util.List;

/** What a place name in a worker's words resolves to: one place, several (ambiguous), or none. */
public sealed interface PlaceResolution {

    /** Exactly one place fits. @param place that place */
    record Found(Place place) implements PlaceResolution { }

    /** Several places fit equally well; ask the worker. @param options the candidates, in code order */
    record Ambiguous(List<Place> options) implements PlaceResolution { }

    /** Nothing fits. @param text the text that was looked up */
    record NotFound(String text) implements PlaceResolution { }
}
