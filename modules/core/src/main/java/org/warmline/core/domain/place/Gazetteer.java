package org.warmline.core.domain.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The list of provinces, cities and counties, searchable by Chinese name, short name and pinyin.
 *
 * <p>Data: the NBS 2022-10-31 edition of the GB/T 2260 division codes (31 provinces, 342 city rows,
 * 2,978 county rows) from modood/Administrative-divisions-of-China, bundled under
 * {@code org/warmline/core/place/} with its SOURCE.md and licence, read with commons-csv. Rules on top
 * of the data:
 * <ul>
 *   <li>The municipalities' city rows "市辖区" and "县" (1101, 1201, 3101, 5001, 5002) and the
 *       "省直辖县级行政区划" / "自治区直辖县级行政区划" rows (4190, 4290, 4690, 6590) are containers,
 *       not places: they are never returned, and their counties hang directly under the province
 *       (cityCode null).</li>
 *   <li>Names are matched by official name, by {@link Place#shortName() short name}, by a qualifier
 *       followed by a place inside it (安徽六安, 重庆万州) and by toneless pinyin of the short name
 *       (Hengyang, "Hengyang, Hunan", Xi'an), case-insensitively.</li>
 *   <li>When one name fits places at several levels the highest level wins (province over city over
 *       county: 吉林 is the province, 东莞 the city); several places at the same level are
 *       {@link PlaceResolution.Ambiguous}.</li>
 * </ul>
 * Instances are immutable and thread-safe; {@link #load()} reads the data once per class loader.
 */
public final class Gazetteer {

    private static final String RESOURCE_DIR = "/org/warmline/core/place/";

    /** Container rows of the data set (see SOURCE.md): their counties belong to the province. */
    private static final Set<String> CONTAINER_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    /**
     * Place names that are also everyday Chinese words; free-text scanning ({@link #findAll}) ignores
     * them unless they follow a province or city (北京朝阳 still works). {@link #resolve} still knows
     * them. Hand-picked from the data set's 2-character names and short names.
     */
    private static final Set<String> CHINESE_COMMON_WORDS = Set.of(
            // generic district names
            "城区", "郊区", "矿区", "东区", "西区", "城中", "城东", "城西", "城北", "老城", "新城", "城关",
            "市中", "市北", "市南", "新市", "桥东", "桥西", "路北", "路南", "站前", "新县", "南县",
            // everyday words and set phrases
            "和平", "平安", "安定", "安宁", "安康", "光明", "前进", "前锋", "红旗", "东风", "友好", "友谊",
            "富裕", "富民", "惠民", "爱民", "新华", "通道", "新兴", "新星", "新建", "新民", "高明", "温泉",
            "东方", "灯塔", "方正", "中方", "会同", "凤凰", "长寿", "江南", "工农", "解放", "安居", "乐业",
            "太平", "博爱", "民权", "民乐", "商城", "大方", "合作", "同心", "共和", "复兴", "振兴", "兴隆",
            "兴业", "宏伟", "康乐", "平和", "平原", "平房", "无为", "无极", "武功", "公安", "小店", "古城",
            "石门", "山城", "河东", "河西", "河口", "港口", "海港", "东海", "江海", "东山", "青山", "江山",
            "天台", "天桥", "路桥", "运河", "荷塘", "莲花", "芙蓉", "牡丹", "鼓楼", "龙门", "龙井", "龙凤",
            "龙潭", "龙湖", "清新", "清水", "清流", "清河", "水城", "沙县", "万全", "万年", "未央", "朝天");

    /**
     * Words that are both pinyin of a place and ordinary English (or an English given name); free-text
     * scanning ignores them ("guide" is 贵德, "yuan" is money). Hand-picked from the pinyin keys.
     */
    private static final Set<String> ENGLISH_COMMON_WORDS = Set.of(
            "guide", "yuan", "mile", "dean", "lean", "moan", "naan", "saga", "jingle", "bole", "longan",
            "anna", "ali", "eli", "modi", "hehe");

    /** English words that only say what kind of place follows: "Hengyang City", "Hunan Province". */
    private static final Set<String> ENGLISH_LEVEL_WORDS = Set.of(
            "city", "province", "county", "district", "prefecture", "region", "autonomous", "shi", "sheng");

    /**
     * Conventional English names that are not plain pinyin (postal romanisation): Shaanxi (陕西, whose
     * pinyin "shanxi" is also 山西's), Inner Mongolia, Tibet. Written without spaces, lower case.
     */
    private static final Map<String, String> ENGLISH_NAMES = Map.of(
            "shaanxi", "61", "innermongolia", "15", "tibet", "54");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][A-Za-z]+)*");
    private static final Pattern QUALIFIER_GAP = Pattern.compile("[ \\t,，、]{0,3}");
    private static final Set<String> ENGLISH_CONTRACTIONS = Set.of("s", "m", "d", "t", "ll", "re", "ve");

    private static volatile Gazetteer instance;

    private final Map<String, Place> byCode;
    /** Official and short names → places (every name of ≥ 2 characters). */
    private final Map<String, List<Place>> byName;
    /** Toneless pinyin of short names → places. */
    private final Map<String, List<Place>> byPinyin;
    private final int longestName;

    private Gazetteer(Collection<Place> places) {
        Map<String, Place> codes = new LinkedHashMap<>();
        Map<String, List<Place>> names = new HashMap<>();
        Map<String, List<Place>> pinyin = new HashMap<>();
        int longest = 0;
        for (Place place : places) {
            codes.put(place.code(), place);
            for (String name : new LinkedHashSet<>(List.of(place.name(), place.shortName()))) {
                if (name.length() >= 2) {
                    names.computeIfAbsent(name, k -> new ArrayList<>()).add(place);
                    longest = Math.max(longest, name.length());
                }
            }
            if (place.shortName().length() >= 2) {
                for (String key : Pinyin.readings(place.shortName())) {
                    List<Place> list = pinyin.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(place)) {
                        list.add(place);
                    }
                }
            }
        }
        ENGLISH_NAMES.forEach((english, code) -> pinyin.computeIfAbsent(english, k -> new ArrayList<>())
                .add(Objects.requireNonNull(codes.get(code), code)));
        this.byCode = Map.copyOf(codes);
        this.byName = freeze(names);
        this.byPinyin = freeze(pinyin);
        this.longestName = longest;
    }

    private static Map<String, List<Place>> freeze(Map<String, List<Place>> map) {
        Map<String, List<Place>> copy = new HashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    /**
     * @return the gazetteer loaded from the bundled NBS 2022 data (classpath, loaded once)
     * @throws UncheckedIOException if the bundled CSV files cannot be read
     */
    public static Gazetteer load() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = instance;
                if (g == null) {
                    g = new Gazetteer(readBundledPlaces());
                    instance = g;
                }
            }
        }
        return g;
    }

    private static List<Place> readBundledPlaces() {
        List<Place> places = new ArrayList<>();
        Set<String> containers = new HashSet<>();
        readCsv("provinces.csv", r -> places.add(
                new Place(r.get("code"), r.get("name"), PlaceLevel.PROVINCE, null, r.get("code"))));
        readCsv("cities.csv", r -> {
            if (CONTAINER_NAMES.contains(r.get("name"))) {
                containers.add(r.get("code"));
            } else {
                places.add(new Place(r.get("code"), r.get("name"), PlaceLevel.CITY, r.get("code"),
                        r.get("provinceCode")));
            }
        });
        readCsv("areas.csv", r -> {
            String city = containers.contains(r.get("cityCode")) ? null : r.get("cityCode");
            places.add(new Place(r.get("code"), r.get("name"), PlaceLevel.COUNTY, city, r.get("provinceCode")));
        });
        return places;
    }

    private static void readCsv(String file, Consumer<CSVRecord> row) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing classpath resource " + RESOURCE_DIR + file));
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    row.accept(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE_DIR + file, e);
        }
    }

    /**
     * @param code a 2, 4 or 6 digit code
     * @return the place with that code, if any (empty for null, unknown codes and the data set's
     *         container rows such as 1101 市辖区 or 4190 省直辖县级行政区划)
     */
    public Optional<Place> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim()));
    }

    /**
     * The name a person reads to know which place is meant: the short names of the province and city
     * it lies in, then its own name — 萧山区 → "浙江 杭州 萧山区", 杭州市 → "浙江 杭州", 朝阳区 (110105) →
     * "北京 朝阳区", 浙江省 → "浙江"; in English the pinyin from inner to outer, "Xiaoshan, Hangzhou,
     * Zhejiang" ({@link EnglishNames}).
     *
     * @param place   a place of this gazetteer
     * @param english true for the English form
     * @return the label, never null
     */
    public String label(Place place, boolean english) {
        List<String> parts = new ArrayList<>();
        byCode(place.provinceCode()).filter(p -> !p.equals(place)).ifPresent(p -> parts.add(p.shortName()));
        if (place.cityCode() != null && !place.cityCode().equals(place.code())) {
            byCode(place.cityCode()).ifPresent(c -> parts.add(c.shortName()));
        }
        parts.add(place.level() == PlaceLevel.COUNTY ? place.name() : place.shortName());
        if (!english) {
            return String.join(" ", parts);
        }
        List<String> words = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = i == parts.size() - 1 && place.level() == PlaceLevel.COUNTY ? place.shortName() : parts.get(i);
            words.add(EnglishNames.of(part));
        }
        return String.join(", ", words);
    }

    /** @return every place (31 provinces, the cities without the containers, all counties), in code order */
    public List<Place> all() {
        return byCode.values().stream().sorted(Comparator.comparing(Place::code)).toList();
    }

    /**
     * Resolves a name as a worker writes it: "河南", "周口", "周口市", "重庆万州", "安徽六安",
     * "Hengyang, Hunan", "guangzhou". A county name found in several places is Ambiguous.
     *
     * <p>Rules, in order: the official or short name (full-width characters and case ignored); else a
     * province or city followed by a place inside it (Chinese: outer first, spaces and commas allowed);
     * for Latin letters, toneless pinyin of the short name (apostrophes ignored, "Xi'an" = xian), alone
     * or with its province or city before or after it ("Hengyang, Hunan", "Hunan Hengyang"); words
     * such as "city" and "province" are ignored. Among the places found the highest level wins; several
     * at that level are Ambiguous.
     *
     * @param name the name
     * @return Found, Ambiguous (options in code order) or NotFound (for null, blank or unknown names)
     */
    public PlaceResolution resolve(String name) {
        if (name == null || name.isBlank()) {
            return new PlaceResolution.NotFound(name == null ? "" : name);
        }
        String text = halfWidth(name).strip();
        Set<Place> found = containsHan(text)
                ? resolveChinese(text.replaceAll("[\\s,，、.。·]", ""), null)
                : resolveLatin(text);
        return decide(found, name);
    }

    /**
     * Finds every place named in a free text, in order of appearance; a qualifier followed by a
     * place inside it ("安徽六安", "湖南衡阳", "Hengyang, Hunan") is one mention of the inner place.
     *
     * <p>Chinese text is scanned for the longest official or short name at each position (never one
     * character; names that are also everyday words such as 平安 or 商城 only after a qualifier).
     * Latin text is scanned word by word for pinyin of a short name (whole words, two syllables or
     * more, never a common English word such as "dean"); the qualifier may come before or after
     * ("Hunan Hengyang", "Hengyang, Hunan").
     *
     * @param text a worker's message
     * @return the mentions, possibly empty; each is Found or Ambiguous, never NotFound
     */
    public List<PlaceMention> findAll(String text) {
        List<PlaceMention> mentions = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return mentions;
        }
        String t = halfWidth(text);
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            PlaceMention mention = null;
            if (isHan(c)) {
                mention = chineseMentionAt(text, t, i);
            } else if (isLatin(c) && (i == 0 || !isLatinOrDigit(t.charAt(i - 1)))) {
                Matcher w = WORD.matcher(t).region(i, t.length());
                if (w.lookingAt()) {
                    mention = latinMentionAt(text, t, i, w.end());
                    if (mention == null) {
                        i = w.end();
                        continue;
                    }
                }
            }
            if (mention != null) {
                mentions.add(mention);
                i = mention.end();
            } else {
                i++;
            }
        }
        return mentions;
    }

    // ---------------------------------------------------------------- Chinese

    private Set<Place> resolveChinese(String s, Set<Place> scope) {
        Set<Place> direct = inside(byName.get(s), scope);
        if (!direct.isEmpty()) {
            return direct;
        }
        for (int split = s.length() - 2; split >= 2; split--) {
            Set<Place> outers = inside(byName.get(s.substring(0, split)), scope);
            outers.removeIf(p -> p.level() == PlaceLevel.COUNTY);
            if (!outers.isEmpty()) {
                Set<Place> inner = resolveChinese(s.substring(split), outers);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return Set.of();
    }

    private PlaceMention chineseMentionAt(String original, String t, int start) {
        int[] len = new int[1];
        Set<Place> places = longestNameAt(t, start, null, true, len);
        if (places.isEmpty()) {
            return null;
        }
        int end = start + len[0];
        while (true) {
            Matcher gap = QUALIFIER_GAP.matcher(t).region(end, t.length());
            int next = gap.lookingAt() ? gap.end() : end;
            if (next >= t.length() || !isHan(t.charAt(next))) {
                break;
            }
            Set<Place> outers = new LinkedHashSet<>(places);
            outers.removeIf(p -> p.level() == PlaceLevel.COUNTY);
            Set<Place> inner = outers.isEmpty() ? Set.of() : longestNameAt(t, next, outers, false, len);
            if (inner.isEmpty()) {
                break;
            }
            places = inner;
            end = next + len[0];
        }
        return new PlaceMention(start, end, original.substring(start, end), decide(places, null));
    }

    /** Longest name at {@code start} whose places lie inside {@code scope} (any place when null). */
    private Set<Place> longestNameAt(String t, int start, Set<Place> scope, boolean freeText, int[] length) {
        for (int len = Math.min(longestName, t.length() - start); len >= 2; len--) {
            String candidate = t.substring(start, start + len);
            if (freeText && CHINESE_COMMON_WORDS.contains(candidate)) {
                continue;
            }
            Set<Place> places = inside(byName.get(candidate), scope);
            if (!places.isEmpty()) {
                length[0] = len;
                return places;
            }
        }
        return Set.of();
    }

    // ---------------------------------------------------------------- Latin (pinyin)

    private Set<Place> resolveLatin(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).replaceAll("['’]", "").split("[^a-z]+")) {
            if (!raw.isEmpty() && !ENGLISH_LEVEL_WORDS.contains(raw)) {
                words.add(raw);
            }
        }
        if (words.isEmpty()) {
            return Set.of();
        }
        Set<Place> whole = asSet(byPinyin.get(String.join("", words)));
        if (!whole.isEmpty()) {
            return whole;
        }
        for (int k = 1; k < words.size(); k++) {
            String a = String.join("", words.subList(0, k));
            String b = String.join("", words.subList(k, words.size()));
            Set<Place> inner = innerOf(byPinyin.get(a), byPinyin.get(b));
            inner.addAll(innerOf(byPinyin.get(b), byPinyin.get(a)));
            if (!inner.isEmpty()) {
                return inner;
            }
        }
        return Set.of();
    }

    private PlaceMention latinMentionAt(String original, String t, int start, int wordEnd) {
        Set<Place> places = pinyinWord(t.substring(start, wordEnd));
        if (places.isEmpty() || (wordEnd < t.length() && isLatinOrDigit(t.charAt(wordEnd)))) {
            return null;
        }
        int end = wordEnd;
        Matcher gap = QUALIFIER_GAP.matcher(t).region(end, t.length());
        int next = gap.lookingAt() ? gap.end() : end;
        Matcher w = WORD.matcher(t).region(next, t.length());
        if (next > end && w.lookingAt()
                && (w.end() == t.length() || !isLatinOrDigit(t.charAt(w.end())))) {
            Set<Place> other = pinyinWord(w.group());
            Set<Place> inner = innerOf(places, other);   // Hengyang, Hunan
            inner.addAll(innerOf(other, places));         // Hunan Hengyang
            if (!inner.isEmpty()) {
                places = inner;
                end = w.end();
            }
        }
        return new PlaceMention(start, end, original.substring(start, end), decide(places, null));
    }

    private Set<Place> pinyinWord(String word) {
        String[] parts = word.split("['’]");
        if (parts.length > 1 && ENGLISH_CONTRACTIONS.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT))) {
            return Set.of(); // I'm, don't, we'll: English, not Xi'an
        }
        String key = word.toLowerCase(Locale.ROOT).replaceAll("['’]", "");
        if (ENGLISH_COMMON_WORDS.contains(key)) {
            return Set.of();
        }
        return asSet(byPinyin.get(key));
    }

    // ---------------------------------------------------------------- shared

    /** Places of {@code candidates} that lie strictly inside one of {@code outers}. */
    private static Set<Place> innerOf(Collection<Place> candidates, Collection<Place> outers) {
        Set<Place> inner = new LinkedHashSet<>();
        if (candidates == null || outers == null) {
            return inner;
        }
        for (Place outer : outers) {
            if (outer.level() == PlaceLevel.COUNTY) {
                continue;
            }
            for (Place p : candidates) {
                if (p.level().ordinal() > outer.level().ordinal() && outer.contains(p)) {
                    inner.add(p);
                }
            }
        }
        return inner;
    }

    /** Candidates inside the scope (when given), each strictly below the scope place that holds it. */
    private static Set<Place> inside(List<Place> candidates, Set<Place> scope) {
        if (candidates == null) {
            return new LinkedHashSet<>();
        }
        return scope == null ? new LinkedHashSet<>(candidates) : innerOf(candidates, scope);
    }

    private static Set<Place> asSet(List<Place> places) {
        return places == null ? new LinkedHashSet<>() : new LinkedHashSet<>(places);
    }

    /** Highest level wins; one place is Found, several Ambiguous (code order), none NotFound. */
    private static PlaceResolution decide(Set<Place> places, String text) {
        if (places.isEmpty()) {
            return new PlaceResolution.NotFound(text);
        }
        PlaceLevel top = places.stream().map(Place::level).min(Comparator.naturalOrder()).orElseThrow();
        List<Place> best = places.stream().filter(p -> p.level() == top).distinct()
                .sorted(Comparator.comparing(Place::code)).toList();
        return best.size() == 1 ? new PlaceResolution.Found(best.get(0)) : new PlaceResolution.Ambiguous(best);
    }

    /** Full-width ASCII (Ａ-Ｚ, ０-９, ，) and the ideographic space to half-width, length preserved. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0C') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean containsHan(String s) {
        return s.chars().anyMatch(c -> isHan((char) c));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Word boundaries for pinyin: a Chinese character next to a pinyin word is a boundary. */
    private static boolean isLatinOrDigit(char c) {
        return isLatin(c) || (c >= '0' && c <= '9');
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
