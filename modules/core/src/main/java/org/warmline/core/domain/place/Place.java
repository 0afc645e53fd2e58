package org.warmline.core.domain.place;

/**
 * One administrative division from the NBS 2022 / GB/T 2260 list (see core resources SOURCE.md).
 *
 * @param code         2 (province), 4 (city) or 6 (county) digit code, e.g. "3415"
 * @param name         official name, e.g. "六安市"
 * @param level        province, city or county
 * @param cityCode     4-digit code of the city this place lies in (the place's own code for a city;
 *                     null for a province)
 * @param provinceCode 2-digit code of the province
 * SKELETON: to be implemented.
 */
public record Place(String code, String name, PlaceLevel level, String cityCode, String provinceCode) {

    /** @return the name without its administrative suffix (六安市 → 六安, 安徽省 → 安徽, 万州区 → 万州) */
    public String shortName() {
        throw new UnsupportedOperationException("todo");
    }
}
