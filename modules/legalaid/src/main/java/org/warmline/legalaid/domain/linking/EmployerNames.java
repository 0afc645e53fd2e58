package org.warmline.legalaid.domain.linking;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;

/**
 * The normalised form of an employer's name as a worker writes it, so that claims against one employer
 * meet: "杭州顺达建筑劳务有限公司", "杭州市 顺达建筑劳务公司", "顺达建筑劳务（杭州）有限公司" and
 * "浙江顺达建筑劳务有限公司杭州分公司" all become "顺达建筑劳务"; the shortened "顺达建筑" becomes itself and
 * is matched to the full name by {@link ClaimLinker} (a prefix within the same city).
 *
 * <p>Chinese company names are built as 行政区划 + 字号 + 行业 + 组织形式 (企业名称登记管理规定, State
 * Council Decree 734 of 2020, Art. 6). The rules, in order:
 * <ol>
 *   <li>Unicode NFKC ({@link Normalizer}): full-width letters, digits, brackets and the ideographic
 *       space become their half-width forms; Latin letters are lower-cased.</li>
 *   <li>A bracketed part that is only a place name is dropped ("（杭州）"); other brackets are
 *       removed and their text kept.</li>
 *   <li>Spacing and punctuation are removed (Unicode categories Z, P, S and controls).</li>
 *   <li>Organisation-form suffixes are stripped from the end, repeatedly, longest first: 股份有限公司,
 *       有限责任公司, 有限公司, 分公司, 总公司, 公司, 集团, 有限, 责任, and their English forms (co ltd,
 *       company, limited, group, inc, ltd); after 分公司 a trailing place name (the branch's seat) goes too.</li>
 *   <li>Leading place names (province, city, county — official or short names, chained as in
 *       "浙江省杭州市萧山区") are stripped, by the names in core's {@link Gazetteer} (NBS GB/T 2260 data), unless
 *       what would remain is only trade words (华安建筑 keeps 华安 when 华安 is a county: "建筑" alone names
 *       no employer) or shorter than two characters.</li>
 * </ol>
 * The result may be empty (for null, blank or a name that is only a legal form). Thread-safe.
 */
public final class EmployerNames {

    /** Organisation forms, longest first (Decree 734 Art. 6; Company Law Art. 7). */
    private static final List<String> ORGANISATION_FORMS = List.of(
            "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "分公司", "总公司", "分店",
            "公司", "集团", "有限", "责任",
            "coltd", "colimited", "company", "limited", "group", "corp", "inc", "ltd");

    /**
     * Trade words (行业表述) that name what a firm does, not which firm it is; a name made only of these
     * after its place was stripped keeps the place. From the GB/T 4754 industry names as they appear in
     * firm names.
     */
    static final Set<String> TRADE_WORDS = Set.of(
            "建筑", "劳务", "工程", "建设", "建工", "装饰", "装修", "安装", "市政", "园林", "绿化", "幕墙", "钢结构",
            "物流", "运输", "科技", "电子", "制造", "机械", "服装", "制衣", "鞋业", "纺织", "贸易", "实业", "商贸",
            "餐饮", "管理", "服务", "家政", "保洁", "物业", "人力资源", "派遣", "房地产", "开发", "置业", "投资",
            "发展", "建材", "材料", "食品", "电器", "家具", "印刷", "包装", "塑料", "五金", "汽车", "配件", "环境",
            "环保", "信息", "技术", "文化", "传媒", "农业", "矿业", "能源", "化工", "医药", "酒店", "工贸", "土石方");

    /**
     * A person, not a firm: how workers name a foreman or boss (老王, 王老板, 王总, 包工头老王, 王工头).
     * Thousands of bosses in a city are called 王老板, so such a name links claims only at one site.
     */
    private static final Pattern PERSON = Pattern.compile(
            "(包工头|工头)?老\\p{IsHan}|\\p{IsHan}{1,2}(老板|老板娘|总|包工头|工头|师傅|班长)|\\p{IsHan}工"
                    + "|(包工头|工头)\\p{IsHan}{1,3}");

    /** Official and short names of every province, city and county (≥ 2 characters), from the gazetteer. */
    private static final Set<String> PLACE_NAMES = placeNames();
    private static final int LONGEST_PLACE = PLACE_NAMES.stream().mapToInt(String::length).max().orElse(0);

    private static final String OPEN = "(["; // after NFKC full-width brackets are half-width
    private static final String CLOSE = ")]";

    private EmployerNames() {
    }

    /**
     * @param asNamed the employer's name as a worker or staff wrote it; may be null
     * @return the normalised name (see the class comment); "" for null, blank or a bare legal form
     */
    public static String normalise(String asNamed) {
        if (asNamed == null) {
            return "";
        }
        String s = Normalizer.normalize(asNamed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('【', '[').replace('】', ']').replace('〔', '[').replace('〕', ']');
        s = dropPlaceBrackets(s);
        s = squeeze(s);
        s = stripForms(s);
        s = stripLeadingPlaces(s);
        return s;
    }

    /**
     * @param key a normalised name
     * @return true if it names a person (a foreman or boss: 老王, 王老板, 王总, 包工头老王), not a firm
     */
    public static boolean isPerson(String key) {
        return PERSON.matcher(key).matches();
    }

    /**
     * @param key a normalised name
     * @return true if it is made only of {@link #TRADE_WORDS} (or empty): it names a trade, no firm
     */
    public static boolean onlyTradeWords(String key) {
        int i = 0;
        outer:
        while (i < key.length()) {
            for (int len = Math.min(4, key.length() - i); len >= 2; len--) {
                if (TRADE_WORDS.contains(key.substring(i, i + len))) {
                    i += len;
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * @param key a normalised name
     * @return its 字号: the name without the trade words at its end ("顺达建筑劳务" → "顺达"); "" when it
     *         is only trade words
     */
    public static String brand(String key) {
        String s = key;
        boolean cut = true;
        while (cut && !s.isEmpty()) {
            cut = false;
            for (int len = Math.min(4, s.length()); len >= 2; len--) {
                if (TRADE_WORDS.contains(s.substring(s.length() - len))) {
                    s = s.substring(0, s.length() - len);
                    cut = true;
                    break;
                }
            }
        }
        return s;
    }

    private static String dropPlaceBrackets(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int kind = OPEN.indexOf(c);
            int end = kind < 0 ? -1 : s.indexOf(CLOSE.charAt(kind), i + 1);
            if (end > i) {
                String inner = squeeze(s.substring(i + 1, end));
                if (!isOnlyPlace(inner)) {
                    out.append(inner);
                }
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isOnlyPlace(String text) {
        String rest = text;
        int cut;
        while ((cut = leadingPlace(rest)) > 0) {
            rest = rest.substring(cut);
        }
        return rest.isEmpty();
    }

    /** @return the length of the longest place name at the start of s, 0 if none */
    private static int leadingPlace(String s) {
        for (int len = Math.min(LONGEST_PLACE, s.length()); len >= 2; len--) {
            if (PLACE_NAMES.contains(s.substring(0, len))) {
                return len;
            }
        }
        return 0;
    }

    /** @return the length of the longest place name at the end of s, 0 if none */
    private static int trailingPlace(String s) {
        for (int len = Math.min(LONGEST_PLACE, s.length()); len >= 2; len--) {
            if (PLACE_NAMES.contains(s.substring(s.length() - len))) {
                return len;
            }
        }
        return 0;
    }

    private static Set<String> placeNames() {
        Set<String> names = new HashSet<>();
        for (Place p : Gazetteer.load().all()) {
            for (String name : List.of(p.name(), p.shortName())) {
                if (name.length() >= 2) {
                    names.add(name);
                }
            }
        }
        return Set.copyOf(names);
    }

    /** Removes spacing, punctuation, symbols and controls. */
    private static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean drop = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                    || type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
                    || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL
                    || type == Character.OTHER_SYMBOL;
            if (!drop) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String stripForms(String s) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String form : ORGANISATION_FORMS) {
                if (s.endsWith(form) && s.length() > form.length()) {
                    s = s.substring(0, s.length() - form.length());
                    changed = true;
                    if (form.equals("分公司") || form.equals("分店")) {
                        s = stripTrailingPlace(s);
                    }
                    break;
                }
            }
        }
        return s;
    }

    private static String stripTrailingPlace(String s) {
        int len = trailingPlace(s);
        if (len > 0) {
            String rest = s.substring(0, s.length() - len);
            if (keepsAFirm(stripForms(rest))) {
                return rest;
            }
        }
        return s;
    }

    private static String stripLeadingPlaces(String s) {
        int len;
        while ((len = leadingPlace(s)) > 0) {
            String rest = s.substring(len);
            if (!keepsAFirm(rest)) {
                return s;
            }
            s = rest;
        }
        return s;
    }

    private static boolean keepsAFirm(String rest) {
        return rest.length() >= 2 && !onlyTradeWords(rest);
    }
}
