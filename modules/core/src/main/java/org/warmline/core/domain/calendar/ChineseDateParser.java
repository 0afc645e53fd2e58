package org.warmline.core.domain.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.LunarYear;
import com.nlf.calendar.Solar;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the travel date in a worker's message: Gregorian (1月25号, 2月3日, 2/3, 12.28, Jan 25,
 * 25 Jan), lunar (腊月二十二, 腊月廿五, 正月初六, 除夕, 大年三十, 大年初六) through cn.6tail lunar, and
 * relative words (今天, 明天, 后天, 大后天, today, tomorrow), resolved against "today" in Asia/Shanghai
 * from the injected clock; always the next such day on or after today.
 *
 * <p>Rules:
 * <ul>
 *   <li>Gregorian month/day: this year's day if it is today or later, else next year's. A day the
 *       month never has (2月30日) is {@code NonExistent("date.no-such-day", null)}; so is 2月29日 when
 *       the year it falls in is not a leap year.</li>
 *   <li>十二月二十 and other months written with Chinese numerals are Gregorian; only 腊月/臘月 and
 *       正月 (and 除夕, 大年…) are lunar.</li>
 *   <li>腊月 d: the 12th month of the lunar year ending at the next Spring Festival (lunar calendar
 *       per cn.6tail lunar); if that day has already passed, the following lunar year's. 除夕 (and
 *       大年三十) is the last day of that 腊月, so 腊月廿九 when 腊月 has 29 days. 腊月三十 in a
 *       29-day 腊月 is {@code NonExistent("date.no-such-lunar-day", <date of 腊月廿九>)}.</li>
 *   <li>正月 d (and 大年初d): the 1st month of the lunar year starting at the next Spring Festival on or
 *       after today, or the current 正月 if today is in it; if that day has passed, the next year's.</li>
 *   <li>Numbers that are not dates are left alone: 2个人, 8500元, 3.5万, 12306, 1/2个月; month.day
 *       (12.28) is read as a date unless it looks like money or a clock time (8.5元, at 10.30,
 *       10.30pm, 10.30点).</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class ChineseDateParser {

    /** The zone every worker's date is spoken in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Reason key: the Gregorian month has no such day (2月30日). */
    public static final String NO_SUCH_DAY = "date.no-such-day";
    /** Reason key: the lunar month has no such day (腊月三十 in a 29-day 腊月). */
    public static final String NO_SUCH_LUNAR_DAY = "date.no-such-lunar-day";

    private static final String CN_DAY = "(?:初[一二三四五六七八九十]|[二廿]十[一二三四五六七八九]?|廿[一二三四五六七八九]?"
            + "|三十|卅|十[一二三四五六七八九]?|[12]?\\d|3[01])";
    private static final String CN_MONTH = "(?:十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])";
    private static final String DATE_END = "(?![\\d个人位名块元万千百%％米斤])";

    private static final Pattern LUNAR = Pattern.compile("(腊月|臘月|正月)(" + CN_DAY + ")[日号號]?" + DATE_END);
    private static final Pattern NEW_YEARS_EVE = Pattern.compile("除夕|大年三十|年三十");
    private static final Pattern NEW_YEAR_DAYS = Pattern.compile("大年(初[一二三四五六七八九十])");
    private static final Pattern CN_GREGORIAN = Pattern.compile(
            "(?<![\\d腊臘正闰閏])(" + CN_MONTH + ")月(?:份)?(" + CN_DAY + ")[日号號]?" + DATE_END);
    private static final Pattern SLASH = Pattern.compile("(?<![\\d/.])(1[0-2]|0?[1-9])/([12]\\d|3[01]|0?[1-9])(?![\\d/]|\\s*[个人位名块元万千百%])");
    private static final Pattern DOT = Pattern.compile(
            "(?<![\\d.¥￥$])(?<!(?i:at|by|until|till|from)\\s)(1[0-2]|0?[1-9])\\.([12]\\d|3[01]|0?[1-9])"
            + "(?![\\d.]|\\s*(?:[万千百元块点點kK%]|(?i:am|pm|a\\.m|p\\.m|h\\b|hours?)))");
    private static final String EN_MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern EN_MONTH_DAY = Pattern.compile(
            "\\b" + EN_MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + "\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "大后天|今天|今日|明天|明日|后天|後天|(?i:\\b(?:the\\s+)?day\\s+after\\s+tomorrow\\b|\\btoday\\b|\\btomorrow\\b)");

    private static final Map<String, Integer> RELATIVE_DAYS = Map.of(
            "今天", 0, "今日", 0, "明天", 1, "明日", 1, "后天", 2, "後天", 2, "大后天", 3);

    private final Clock clock;

    /**
     * @param clock the clock that says what "today" is (read in {@link #ZONE})
     * @throws NullPointerException if clock is null
     */
    public ChineseDateParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param text a worker's message
     * @return the first date in it (by position; at one position the longest form), if any; its
     *         resolution is {@link DateResolution.Resolved} or {@link DateResolution.NonExistent}
     */
    public Optional<DateMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String t = halfWidthDigits(text);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<DateMention> found = new ArrayList<>();
        first(LUNAR, t, text, m -> lunar(m.group(1), lunarDay(m.group(2)), today), found);
        first(NEW_YEARS_EVE, t, text, m -> newYearsEve(today), found);
        first(NEW_YEAR_DAYS, t, text, m -> lunar("正月", lunarDay(m.group(1)), today), found);
        first(CN_GREGORIAN, t, text, m -> gregorian(month(m.group(1)), lunarDay(m.group(2)), today), found);
        first(SLASH, t, text, m -> gregorian(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), today), found);
        first(DOT, t, text, m -> gregorian(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), today), found);
        first(EN_MONTH_DAY, t, text, m -> gregorian(englishMonth(m.group(1)), Integer.parseInt(m.group(2)), today), found);
        first(EN_DAY_MONTH, t, text, m -> gregorian(englishMonth(m.group(2)), Integer.parseInt(m.group(1)), today), found);
        first(RELATIVE, t, text, m -> new DateResolution.Resolved(today.plusDays(relativeDays(m.group()))), found);
        return found.stream().min(Comparator.comparingInt(DateMention::start)
                .thenComparing(Comparator.comparingInt((DateMention d) -> d.end() - d.start()).reversed()));
    }

    private static void first(Pattern pattern, String t, String original,
                              Function<Matcher, DateResolution> resolve, List<DateMention> out) {
        Matcher m = pattern.matcher(t);
        while (m.find()) {
            DateResolution r = resolve.apply(m);
            if (r != null) {
                out.add(new DateMention(m.start(), m.end(), original.substring(m.start(), m.end()), r));
                return;
            }
        }
    }

    // ---------------------------------------------------------------- Gregorian

    private static DateResolution gregorian(int month, int day, LocalDate today) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null; // not a date at all (13/5, 0.5): leave it to other readings
        }
        if (day > java.time.Month.of(month).maxLength()) {
            return new DateResolution.NonExistent(NO_SUCH_DAY, null);
        }
        int year = MonthDay.of(month, day).isBefore(MonthDay.from(today)) ? today.getYear() + 1 : today.getYear();
        try {
            return new DateResolution.Resolved(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return new DateResolution.NonExistent(NO_SUCH_DAY, null); // 2月29日 in a common year
        }
    }

    // ---------------------------------------------------------------- lunar (cn.6tail lunar)

    private static DateResolution lunar(String month, int day, LocalDate today) {
        if (day < 1 || day > 30) {
            return null;
        }
        int now = lunarYearMonth(today);
        int nowYear = now / 100;
        int nowMonth = now % 100 - 20;
        if (month.equals("正月")) {
            int year = nowMonth == 1 ? nowYear : nowYear + 1;
            DateResolution r = lunarDay(year, 1, day);
            if (passed(r, today)) {
                r = lunarDay(year + 1, 1, day);
            }
            return r;
        }
        int year = nowYear; // 腊月 of the current lunar year ends at the next Spring Festival
        DateResolution r = lunarDay(year, 12, day);
        if (passed(r, today)) {
            r = lunarDay(year + 1, 12, day);
        }
        return r;
    }

    private static DateResolution newYearsEve(LocalDate today) {
        int year = lunarYearMonth(today) / 100;
        DateResolution r = lunarDay(year, 12, daysIn(year, 12));
        if (passed(r, today)) {
            r = lunarDay(year + 1, 12, daysIn(year + 1, 12));
        }
        return r;
    }

    private static boolean passed(DateResolution r, LocalDate today) {
        if (r instanceof DateResolution.Resolved resolved) {
            return resolved.date().isBefore(today);
        }
        LocalDate last = ((DateResolution.NonExistent) r).lastDayOfMonth();
        return last != null && last.isBefore(today);
    }

    /** Lunar days already computed (cn.6tail's conversion is slow): key year·10000 + month·100 + day. */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, DateResolution> LUNAR_DAYS =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Lunar year and month of Gregorian days already converted: key epoch day, value year·100 + month. */
    private static final java.util.concurrent.ConcurrentHashMap<Long, Integer> LUNAR_OF_DAY =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Day {@code day} of (non-leap) lunar month {@code month} of lunar year {@code year} (memoised). */
    private static DateResolution lunarDay(int year, int month, int day) {
        if (LUNAR_DAYS.size() > 10_000) {
            LUNAR_DAYS.clear();
        }
        return LUNAR_DAYS.computeIfAbsent(year * 10_000 + month * 100 + day, k -> computeLunarDay(year, month, day));
    }

    private static DateResolution computeLunarDay(int year, int month, int day) {
        int length = daysIn(year, month);
        if (day > length) {
            return new DateResolution.NonExistent(NO_SUCH_LUNAR_DAY, toLocalDate(Lunar.fromYmd(year, month, length)));
        }
        return new DateResolution.Resolved(toLocalDate(Lunar.fromYmd(year, month, day)));
    }

    private static final java.util.concurrent.ConcurrentHashMap<Integer, Integer> MONTH_LENGTHS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static int daysIn(int lunarYear, int month) {
        return MONTH_LENGTHS.computeIfAbsent(lunarYear * 100 + month, k -> computeDaysIn(lunarYear, month));
    }

    private static int computeDaysIn(int lunarYear, int month) {
        return LunarYear.fromYear(lunarYear).getMonth(month).getDayCount();
    }

    /** @return lunar year·100 + (month + 20) of a day (cn.6tail's months are negative for leap months), memoised */
    private static int lunarYearMonth(LocalDate date) {
        if (LUNAR_OF_DAY.size() > 10_000) {
            LUNAR_OF_DAY.clear();
        }
        return LUNAR_OF_DAY.computeIfAbsent(date.toEpochDay(), k -> {
            Lunar l = toLunar(date);
            return l.getYear() * 100 + l.getMonth() + 20;
        });
    }

    private static Lunar toLunar(LocalDate date) {
        return Solar.fromYmd(date.getYear(), date.getMonthValue(), date.getDayOfMonth()).getLunar();
    }

    private static LocalDate toLocalDate(Lunar lunar) {
        Solar s = lunar.getSolar();
        return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
    }

    // ---------------------------------------------------------------- numbers

    /** 初八 → 8, 十五 → 15, 二十二 / 廿二 → 22, 三十 / 卅 → 30, "28" → 28. */
    static int lunarDay(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (s.startsWith("初")) {
            return s.equals("初十") ? 10 : digit(s.charAt(1));
        }
        if (s.equals("卅") || s.equals("三十")) {
            return 30;
        }
        if (s.startsWith("廿")) {
            return 20 + (s.length() > 1 ? digit(s.charAt(1)) : 0);
        }
        if (s.startsWith("二十")) {
            return 20 + (s.length() > 2 ? digit(s.charAt(2)) : 0);
        }
        if (s.startsWith("十")) {
            return 10 + (s.length() > 1 ? digit(s.charAt(1)) : 0);
        }
        return digit(s.charAt(0));
    }

    private static int month(String s) {
        return lunarDay(s); // same numerals: 十二 → 12, 一 → 1, "12" → 12
    }

    private static int digit(char c) {
        int i = "一二三四五六七八九".indexOf(c);
        if (i < 0) {
            throw new IllegalArgumentException("not a Chinese digit: " + c);
        }
        return i + 1;
    }

    private static int englishMonth(String s) {
        String m = s.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(m) + 1;
    }

    private static int relativeDays(String word) {
        Integer days = RELATIVE_DAYS.get(word);
        if (days != null) {
            return days;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return w.contains("after") ? 2 : w.equals("tomorrow") ? 1 : 0;
    }

    /** Full-width digits, slash and dot to ASCII, length preserved (so indices stay valid). */
    private static String halfWidthDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0C' ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }
}
