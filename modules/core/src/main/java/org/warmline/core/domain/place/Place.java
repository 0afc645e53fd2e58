package org.warmline.core.domain.place;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One administrative division from the NBS 2022 / GB/T 2260 list (see core resources
 * {@code org/warmline/core/place/SOURCE.md}).
 *
 * <p>Containers in the data set are never Places: the municipalities' "市辖区"/"县" rows and the
 * "省直辖县级行政区划" rows. A county under such a container lies directly under its province and
 * has a {@code null} cityCode (万州区 500101, 济源市 419001, 仙桃市 429004).
 *
 * @param code         2 (province), 4 (city) or 6 (county) digit code, e.g. "3415"
 * @param name         official name, e.g. "六安市"
 * @param level        province, city or county
 * @param cityCode     4-digit code of the city this place lies in (the place's own code for a city;
 *                     null for a province, and null for a county directly under its province)
 * @param provinceCode 2-digit code of the province
 */
public record Place(String code, String name, PlaceLevel level, String cityCode, String provinceCode) {

    /** Ethnic-group names that precede 自治区/自治州/自治县/自治旗 in official names, longest first. */
    private static final List<String> ETHNIC = List.of(
            "柯尔克孜", "维吾尔", "达斡尔", "鄂伦春", "鄂温克", "哈萨克", "塔吉克", "土家", "布依", "朝鲜",
            "哈尼", "景颇", "傈僳", "蒙古", "仫佬", "毛南", "仡佬", "拉祜", "布朗", "纳西", "独龙", "普米",
            "裕固", "保安", "东乡", "撒拉", "锡伯", "各", "壮", "回", "苗", "藏", "羌", "彝", "侗", "傣", "白",
            "满", "畲", "瑶", "黎", "水", "佤", "怒", "土");

    /** Suffixes stripped by {@link #shortName()}, longest first so that 自治州 wins over 州-less forms. */
    private static final List<String> SUFFIXES = List.of(
            "特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "新区", "地区", "省", "市", "盟",
            "区", "县", "旗");

    private static final Pattern CODE = Pattern.compile("[0-9]{2}|[0-9]{4}|[0-9]{6}");

    /**
     * Checks that the code has 2, 4 or 6 digits matching the level, and that name, level and
     * provinceCode are present.
     *
     * @throws IllegalArgumentException if a field is missing or the code does not fit the level
     */
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(provinceCode, "provinceCode");
        if (!isCode(code) || code.length() != level.codeLength()) {
            throw new IllegalArgumentException("place code must have 2/4/6 digits for province/city/county, was "
                    + code + " for " + level);
        }
    }

    /**
     * The one rule for the shape of a GB/T 2260 division code, used wherever a code arrives from
     * outside (REST parameters, dialog state, service intakes): 2 digits for a province, 4 for a
     * city, 6 for a county. Says nothing about whether the division exists; see
     * {@link Gazetteer#byCode(String)} for that.
     *
     * @param code a candidate code, may be null
     * @return whether it has 2, 4 or 6 ASCII digits
     */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /**
     * The name without its administrative suffix, as people say it: 六安市 → 六安, 安徽省 → 安徽,
     * 万州区 → 万州, 广西壮族自治区 → 广西, 新疆维吾尔自治区 → 新疆, 延边朝鲜族自治州 → 延边,
     * 锡林郭勒盟 → 锡林郭勒, 大兴安岭地区 → 大兴安岭, 浦东新区 → 浦东. Suffixes stripped: 省, 市,
     * 自治区, 特别行政区, 地区, 盟, 自治州, 区, 新区, 林区, 县, 自治县, 旗, 自治旗, and the ethnic
     * names before 自治…; a name is never shortened to one character (沛县 stays 沛县, 城区 stays 城区).
     *
     * @return the short name (the full name when no rule applies)
     */
    public String shortName() {
        return shorten(name);
    }

    /**
     * @param other another place
     * @return true if {@code other} is this place or lies inside it (a city in a province, a county in
     *         a city or province)
     */
    public boolean contains(Place other) {
        return switch (level) {
            case PROVINCE -> provinceCode.equals(other.provinceCode());
            case CITY -> code.equals(other.cityCode());
            case COUNTY -> code.equals(other.code());
        };
    }

    static String shorten(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                String stem = name.substring(0, name.length() - suffix.length());
                if (suffix.startsWith("自治")) {
                    stem = stripEthnic(stem);
                }
                return stem;
            }
        }
        return name;
    }

    private static String stripEthnic(String stem) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String group : ETHNIC) {
                for (String form : new String[] {group + "族", group}) {
                    // single-character groups only with 族 (白族, 水族), never a bare 白 or 水
                    if (form.length() < 2) {
                        continue;
                    }
                    if (stem.endsWith(form) && stem.length() - form.length() >= 2) {
                        stem = stem.substring(0, stem.length() - form.length());
                        stripped = true;
                        break;
                    }
                }
                if (stripped) {
                    break;
                }
            }
        }
        if (stem.endsWith("族") && stem.length() >= 3) {
            stem = stem.substring(0, stem.length() - 1); // 东乡族自治县 → 东乡
        }
        return stem;
    }
}
