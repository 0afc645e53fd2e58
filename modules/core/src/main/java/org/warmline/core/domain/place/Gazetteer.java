package org.warmline.core.domain.place;

import java.util.List;
import java.util.Optional;

/**
 * The list of provinces, cities and counties, searchable by Chinese name, short name and pinyin.
 * SKELETON: to be implemented.
 */
public final class Gazetteer {

    /** @return the gazetteer loaded from the bundled NBS 2022 data (classpath, loaded once) */
    public static Gazetteer load() {
        throw new UnsupportedOperationException("todo");
    }

    /** @param code a 2, 4 or 6 digit code @return the place with that code, if any */
    public Optional<Place> byCode(String code) {
        throw new UnsupportedOperationException("todo");
    }

    /**
     * Resolves a name as a worker writes it: "河南", "周口", "周口市", "重庆万州", "安徽六安",
     * "Hengyang, Hunan", "guangzhou". A county name found in several places is Ambiguous.
     *
     * @param name the name
     * @return Found, Ambiguous or NotFound
     */
    public PlaceResolution resolve(String name) {
        throw new UnsupportedOperationException("todo");
    }

    /**
     * Finds every place named in a free text, in order of appearance; a qualifier followed by a
     * place inside it ("安徽六安", "湖南衡阳", "Hengyang, Hunan") is one mention of the inner place.
     *
     * @param text a worker's message
     * @return the mentions, possibly empty
     */
    public List<PlaceMention> findAll(String text) {
        throw new UnsupportedOperationException("todo");
    }
}
