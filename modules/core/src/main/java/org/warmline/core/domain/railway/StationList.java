package org.warmline.core.domain.railway;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.PlaceLevel;
import org.warmline.core.domain.place.PlaceResolution;

/**
 * The 3,319 passenger stations of the 12306 list (py12306 snapshot, bundled under
 * {@code org/warmline/core/railway/}), looked up by Chinese name ("广州南", "广州南站") and found in free
 * text. Each station carries the place it serves: the longest prefix of its name (at least two
 * characters) that the gazetteer resolves to exactly one place, e.g. 广州南 → 广州 → 4401,
 * 北京西 → 北京 → 11, 重庆北 → 重庆 → 50. Pinyin alone is never matched (89 pinyin strings are shared).
 * Immutable and thread-safe.
 */
public final class StationList {

    private static final String RESOURCE = "/org/warmline/core/railway/stations_12306.csv";

    private final Map<String, Station> byName;
    private final Map<String, Station> byTelecode;
    private final int longestName;

    private StationList(List<Station> stations) {
        Map<String, Station> names = new HashMap<>();
        Map<String, Station> codes = new HashMap<>();
        int longest = 0;
        for (Station s : stations) {
            names.put(s.name(), s);
            codes.put(s.telecode(), s);
            longest = Math.max(longest, s.name().length());
        }
        this.byName = Map.copyOf(names);
        this.byTelecode = Map.copyOf(codes);
        this.longestName = longest;
    }

    /**
     * Reads the bundled list and maps every station to a place of the gazetteer.
     *
     * @param gazetteer the place list used to map a station to the city it serves
     * @return the station list
     * @throws UncheckedIOException if the bundled CSV cannot be read
     */
    public static StationList load(Gazetteer gazetteer) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        List<Station> stations = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = StationList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing classpath resource " + RESOURCE));
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord r : parser) {
                    String name = r.get("name").replace(" ", "");
                    stations.add(new Station(name, r.get("telecode"), r.get("pinyin"), placeOf(gazetteer, name)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new StationList(stations);
    }

    /** The longest prefix (≥ 2 characters) of the name that is exactly one province, city or county. */
    private static String placeOf(Gazetteer gazetteer, String name) {
        for (int len = name.length(); len >= 2; len--) {
            PlaceResolution r = gazetteer.resolve(name.substring(0, len));
            if (r instanceof PlaceResolution.Found f) {
                // A province other than a municipality is too wide to say where a station is.
                if (f.place().level() == PlaceLevel.PROVINCE && !List.of("11", "12", "31", "50").contains(f.place().code())) {
                    return null;
                }
                return f.place().code();
            }
        }
        return null;
    }

    /**
     * Stations whose name starts with a prefix, for suggestions as someone types ("杭州" → 杭州, 杭州东,
     * 杭州南 …), shortest name first then by name.
     *
     * @param prefix a Chinese prefix; a trailing "站" is ignored; null or blank gives none
     * @param limit  at most this many
     * @return the stations, possibly empty
     */
    public List<Station> startingWith(String prefix, int limit) {
        if (prefix == null || prefix.isBlank() || limit <= 0) {
            return List.of();
        }
        String p = prefix.strip();
        if (p.endsWith("站") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        String start = p;
        return byName.values().stream().filter(s -> s.name().startsWith(start))
                .sorted(java.util.Comparator.comparingInt((Station s) -> s.name().length()).thenComparing(Station::name))
                .limit(limit).toList();
    }

    /** @return how many stations the list holds (3,319 in the bundled snapshot) */
    public int size() {
        return byName.size();
    }

    /**
     * @param name a station name with or without a trailing "站" ("广州南", "广州南站"); surrounding
     *             whitespace ignored
     * @return the station, if the list has one of that name
     */
    public Optional<Station> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        Station s = byName.get(n);
        if (s == null && n.endsWith("站") && n.length() > 1) {
            s = byName.get(n.substring(0, n.length() - 1));
        }
        return Optional.ofNullable(s);
    }

    /**
     * @param telecode a three-letter telegraph code, e.g. "IZQ"
     * @return the station with that code, if any
     */
    public Optional<Station> byTelecode(String telecode) {
        return telecode == null ? Optional.empty() : Optional.ofNullable(byTelecode.get(telecode.strip()));
    }

    /**
     * Finds stations written with "站" after their name in a free text ("在广州南站", "东莞东站上车"), the
     * longest name at each position; a name without "站" is not taken (广州 is a city before it is a
     * station).
     *
     * @param text a worker's message
     * @return the mentions in order of appearance, possibly empty
     */
    public List<StationMention> findAll(String text) {
        List<StationMention> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        int from = 0;
        while (true) {
            int zhan = text.indexOf('站', from);
            if (zhan < 0) {
                return found;
            }
            // Longest station name that ends right before this 站 and starts after the last mention.
            int lastEnd = found.isEmpty() ? 0 : found.get(found.size() - 1).end();
            for (int len = Math.min(longestName, zhan - lastEnd); len >= 1; len--) {
                Station s = byName.get(text.substring(zhan - len, zhan));
                if (s != null) {
                    found.add(new StationMention(zhan - len, zhan + 1, text.substring(zhan - len, zhan + 1), s));
                    break;
                }
            }
            from = zhan + 1;
        }
    }
}
