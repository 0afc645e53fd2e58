package org.warmline.core.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceResolution;
import org.warmline.core.domain.railway.Station;
import org.warmline.core.domain.railway.StationList;

/**
 * Suggestions for a place field in the staff pages (issue 10, item 5): what a coordinator or operator
 * types — 杭州, 杭州市, 萧山区, a railway station such as 杭州东站, pinyin such as "hangzhou" — becomes a
 * short list of places, each with its GB/T 2260 code and a label that tells same-named places apart
 * (朝阳区 → "北京 朝阳区" and "吉林 长春 朝阳区"). Places come from core's {@link Gazetteer} (NBS 2022),
 * stations from the 12306 {@link StationList}; a station suggests the place it serves.
 *
 * <p>Order: the places the name resolves to as a worker's message would (official or short name,
 * qualifier + place, pinyin), then places whose name starts with the text (province, city, county,
 * then by code), then stations whose name starts with it. Immutable and thread-safe.
 */
public final class PlaceSuggestions {

    /** The longest text looked up; longer input is not a place name (400 at the API). */
    public static final int MAX_QUERY = 40;

    private static volatile PlaceSuggestions instance;

    private final Gazetteer gazetteer;
    private final StationList stations;

    /**
     * One suggestion.
     *
     * @param code    GB/T 2260 code of the place (2, 4 or 6 digits)
     * @param name    the place's official name (萧山区)
     * @param label   the place with its province and city, in the asked language ("浙江 杭州 萧山区")
     * @param level   PROVINCE, CITY or COUNTY
     * @param station the railway station that led to this place ("杭州东站"), or null
     */
    public record Suggestion(String code, String name, String label, String level, String station) { }

    /**
     * @param gazetteer the place list
     * @param stations  the station list built on it
     */
    public PlaceSuggestions(Gazetteer gazetteer, StationList stations) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.stations = Objects.requireNonNull(stations, "stations");
    }

    /** @return suggestions over the bundled gazetteer and station list (loaded once) */
    public static PlaceSuggestions load() {
        PlaceSuggestions s = instance;
        if (s == null) {
            synchronized (PlaceSuggestions.class) {
                s = instance;
                if (s == null) {
                    Gazetteer g = Gazetteer.load();
                    s = new PlaceSuggestions(g, StationList.load(g));
                    instance = s;
                }
            }
        }
        return s;
    }

    /**
     * @param query   what was typed; surrounding spaces ignored; a 2, 4 or 6 digit code gives that place
     * @param english labels in English (pinyin) instead of Chinese
     * @param limit   at most this many (at least 1)
     * @return the suggestions, best first; empty for a blank or unknown text
     * @throws IllegalArgumentException if the text is longer than {@link #MAX_QUERY} characters
     */
    public List<Suggestion> suggest(String query, boolean english, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip();
        if (q.length() > MAX_QUERY) {
            throw new IllegalArgumentException("q must have at most " + MAX_QUERY + " characters");
        }
        int max = Math.max(1, limit);
        Map<String, Suggestion> found = new LinkedHashMap<>();
        if (Place.isCode(q)) {
            gazetteer.byCode(q).ifPresent(p -> add(found, p, english, null));
        }
        stations.byName(q).filter(s -> q.endsWith("站")).ifPresent(s -> addStation(found, s, english));
        PlaceResolution r = gazetteer.resolve(q);
        if (r instanceof PlaceResolution.Found f) {
            add(found, f.place(), english, null);
        } else if (r instanceof PlaceResolution.Ambiguous a) {
            a.options().forEach(p -> add(found, p, english, null));
        }
        if (containsHan(q)) {
            List<Place> starting = new ArrayList<>();
            for (Place p : gazetteer.all()) {
                if (p.name().startsWith(q) || p.shortName().startsWith(q)) {
                    starting.add(p);
                }
            }
            starting.sort(Comparator.comparing((Place p) -> p.level().ordinal()).thenComparing(Place::code));
            for (Place p : starting) {
                if (found.size() >= max) {
                    break;
                }
                add(found, p, english, null);
            }
            for (Station s : stations.startingWith(q, max)) {
                if (found.size() >= max) {
                    break;
                }
                addStation(found, s, english);
            }
        }
        return found.values().stream().limit(max).toList();
    }

    private void add(Map<String, Suggestion> found, Place p, boolean english, String station) {
        String key = station == null ? p.code() : p.code() + "/" + station;
        found.putIfAbsent(key, new Suggestion(p.code(), p.name(),
                station == null ? gazetteer.label(p, english) : station + (english ? " (" : "（")
                        + gazetteer.label(p, english) + (english ? ")" : "）"),
                p.level().name(), station));
    }

    private void addStation(Map<String, Suggestion> found, Station s, boolean english) {
        if (s.placeCode() == null) {
            return;
        }
        gazetteer.byCode(s.placeCode()).ifPresent(p -> add(found, p, english, s.name() + "站"));
    }

    private static boolean containsHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
