package org.warmline.core.domain.railway;

import java.util.Objects;

/**
 * One passenger station of the 12306 list.
 *
 * @param name     the station's name without "站", e.g. "广州南"
 * @param telecode its three-letter railway telegraph code (电报码), e.g. "IZQ"
 * @param pinyin   full toneless pinyin of the name, e.g. "guangzhounan"
 * @param placeCode GB/T 2260 code of the city (or municipality, or county) the station serves, found
 *                 from the longest prefix of its name that the gazetteer resolves to exactly one place
 *                 (广州南 → 广州 → "4401"); null when no prefix resolves (e.g. 虎门)
 */
public record Station(String name, String telecode, String pinyin, String placeCode) {

    /** Requires name and telecode. */
    public Station {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(telecode, "telecode");
    }
}
