package org.warmline.conversation.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warmline.core.domain.calendar.ChineseDateParser;
import org.warmline.core.domain.calendar.DateMention;
import org.warmline.core.domain.calendar.DateResolution;

/**
 * Reads the travel day or window of a message, on top of core's {@link ChineseDateParser} (Gregorian,
 * lunar, 今天/明天/后天): adds 下周五 / 周五, 月底, bare 25号, bare 初六 (正月), 年前, 过完年 / 年后,
 * their English forms, and the window words after a date: 之前 / 以前 / before, 以后 / 之后 / after,
 * 左右 / 前后 / around (± {@value #AROUND_DAYS} days). All days are in Asia/Shanghai, against the
 * injected clock.
 *
 * <p>Windows (documented defaults): 年前 = today .. 除夕, most likely 除夕 − 3 days; 过完年 / 年后 =
 * 正月初四 .. 正月十五, most likely 正月初八; 月底 = the month's last 5 days, most likely the last day;
 * "X之前" = today .. X; "X以后" = X .. open.
 */
final class DateReader {

    private static final Logger LOG = Logger.getLogger(DateReader.class.getName());

    /** ± days of "左右". */
    static final int AROUND_DAYS = 3;

    private static final Pattern WEEKDAY = Pattern.compile(
            "(下下|下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])");
    private static final Pattern EN_WEEKDAY = Pattern.compile(
            "(?i)\\b(next|this)?\\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern MONTH_END = Pattern.compile("(?:这个月|本月)?(?:月底|月末)|(?i:\\bend of (?:the |this )?month\\b)");
    private static final Pattern BEFORE_FESTIVAL = Pattern.compile(
            "年前|过年前|春节前|节前|放假前|年底前|过年之前|春节之前"
            + "|(?i:\\bbefore (?:the )?(?:chinese new year|spring festival|new year)\\b)");
    private static final Pattern AFTER_FESTIVAL = Pattern.compile(
            "过完年|过了年|年后|节后|春节后|过年后|开年|春节以后|过年以后|年过完"
            + "|(?i:\\bafter (?:the )?(?:chinese new year|spring festival|new year)\\b)");
    private static final Pattern BARE_DAY = Pattern.compile("(?<![\\d月./\\-])([12]?\\d|3[01])\\s*[号日](?![子本])");
    private static final Pattern BARE_CHU = Pattern.compile("(?<![腊臘正月年])初([一二三四五六七八九十])(?![中级])");
    private static final Pattern BEFORE = Pattern.compile("^\\s*(?:之前|以前|前|(?i:or earlier))");
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:之后|以后|后|往后|(?i:or later))");
    private static final Pattern AROUND = Pattern.compile("^\\s*(?:左右|前后|上下)");
    private static final Pattern EN_BEFORE = Pattern.compile("(?i)\\bbefore\\s*$");
    private static final Pattern EN_AFTER = Pattern.compile("(?i)\\bafter\\s*$");
    private static final Pattern EN_AROUND = Pattern.compile("(?i)\\b(?:around|about)\\s*$");

    private final Clock clock;
    private final ChineseDateParser parser;
    /** The last text read on this thread, its day and its result. */
    private final ThreadLocal<Object[]> last = new ThreadLocal<>();

    DateReader(Clock clock) {
        this.clock = clock;
        this.parser = new ChineseDateParser(clock);
    }

    /**
     * A date or window found in a message.
     *
     * @param start      index of the mention in the text
     * @param end        index after it (including a window word)
     * @param text       the mention as written (without the window word)
     * @param resolution core's resolution of the day (Resolved, or NonExistent for 腊月三十 in a 29-day 腊月)
     * @param earliest   first acceptable day, null when open
     * @param latest     last acceptable day, null when open
     */
    record Found(int start, int end, String text, DateResolution resolution, LocalDate earliest, LocalDate latest) {
        /** @return the day, or null when it does not exist */
        LocalDate day() {
            return resolution instanceof DateResolution.Resolved r ? r.date() : null;
        }

        /** @return the mention in core's form, for the no-such-day reply */
        DateMention mention() {
            return new DateMention(start, end, text, resolution);
        }
    }

    /** @return today in Asia/Shanghai */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ChineseDateParser.ZONE));
    }

    /**
     * @param text a message, width-folded and Simplified
     * @return the first date or window in it, if any
     */
    Optional<Found> find(String text) {
        LocalDate today = today();
        // One turn reads the same text several times (intent, trip, intake): remember the last reading.
        Object[] memo = last.get();
        if (memo != null && memo[0].equals(text) && memo[1].equals(today)) {
            @SuppressWarnings("unchecked")
            Optional<Found> same = (Optional<Found>) memo[2];
            return same;
        }
        Optional<Found> found = read(text, today);
        last.set(new Object[] {text, today, found});
        return found;
    }

    private Optional<Found> read(String text, LocalDate today) {
        Found best = null;
        DateMention core = coreFind(text);
        if (core != null) {
            best = withWindow(text, core.start(), core.end(), core.resolution(), today);
        }
        best = earlier(best, festival(text, today));
        best = earlier(best, weekday(text, today));
        best = earlier(best, monthEnd(text, today));
        if (best == null) {
            best = bareDay(text, today);
        }
        if (best == null) {
            best = bareChu(text, today);
        }
        return Optional.ofNullable(best);
    }

    private DateMention coreFind(String text) {
        try {
            return parser.find(text).filter(d -> d.resolution() != null && d.start() >= 0
                    && d.end() <= text.length() && d.start() < d.end()).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "date parser failed on a message; reading it without a date", e);
            return null;
        }
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.start() < a.start() ? b : a;
    }

    /** Adds the window word that follows (之前, 以后, 左右) or precedes (before, after, around) a day. */
    private static Found withWindow(String text, int start, int end, DateResolution r, LocalDate today) {
        if (!(r instanceof DateResolution.Resolved resolved)) {
            return new Found(start, end, text.substring(start, end), r, null, null);
        }
        LocalDate day = resolved.date();
        String after = text.substring(end, Math.min(text.length(), end + 8));
        String before = text.substring(Math.max(0, start - 10), start);
        Matcher m;
        if ((m = AROUND.matcher(after)).find()) {
            return around(start, end + m.end(), text.substring(start, end), day, today);
        }
        if ((m = BEFORE.matcher(after)).find()) {
            return new Found(start, end + m.end(), text.substring(start, end), r, today.isAfter(day) ? day : today, day);
        }
        if ((m = AFTER.matcher(after)).find()) {
            return new Found(start, end + m.end(), text.substring(start, end), r, day, null);
        }
        if (EN_BEFORE.matcher(before).find()) {
            return new Found(start, end, text.substring(start, end), r, today.isAfter(day) ? day : today, day);
        }
        if (EN_AFTER.matcher(before).find()) {
            return new Found(start, end, text.substring(start, end), r, day, null);
        }
        if (EN_AROUND.matcher(before).find()) {
            return around(start, end, text.substring(start, end), day, today);
        }
        return new Found(start, end, text.substring(start, end), r, day, day);
    }

    private static Found around(int start, int end, String said, LocalDate day, LocalDate today) {
        LocalDate earliest = day.minusDays(AROUND_DAYS);
        return new Found(start, end, said, new DateResolution.Resolved(day),
                earliest.isBefore(today) ? today : earliest, day.plusDays(AROUND_DAYS));
    }

    private Found festival(String text, LocalDate today) {
        Matcher before = BEFORE_FESTIVAL.matcher(text);
        Matcher after = AFTER_FESTIVAL.matcher(text);
        boolean b = before.find();
        boolean a = after.find();
        if (!a && !b) {
            return null;
        }
        LocalDate eve = lunar("除夕");
        LocalDate newYear = lunar("正月初一");
        if (eve == null || newYear == null) {
            return null;
        }
        if (b && (!a || before.start() <= after.start())) {
            LocalDate likely = eve.minusDays(3).isBefore(today) ? today : eve.minusDays(3);
            return new Found(before.start(), before.end(), before.group(), new DateResolution.Resolved(likely),
                    today, eve);
        }
        return new Found(after.start(), after.end(), after.group(), new DateResolution.Resolved(newYear.plusDays(7)),
                newYear.plusDays(3), newYear.plusDays(14));
    }

    private LocalDate lunar(String words) {
        DateMention m = coreFind(words);
        return m != null && m.resolution() instanceof DateResolution.Resolved r ? r.date() : null;
    }

    private Found weekday(String text, LocalDate today) {
        Matcher m = WEEKDAY.matcher(text);
        int dow;
        String which;
        int start;
        int end;
        if (m.find()) {
            String d = m.group(2);
            dow = "一二三四五六".indexOf(d) + 1;
            if (dow == 0) dow = d.equals("日") || d.equals("天") ? 7 : Integer.parseInt(d);
            which = m.group(1) == null ? "" : m.group(1).startsWith("下下") ? "下下" : m.group(1).startsWith("下") ? "下" : "这";
            start = m.start();
            end = m.end();
        } else {
            Matcher e = EN_WEEKDAY.matcher(text);
            if (!e.find()) {
                return null;
            }
            dow = DayOfWeek.valueOf(e.group(2).toUpperCase(java.util.Locale.ROOT)).getValue();
            which = e.group(1) == null ? "" : e.group(1).equalsIgnoreCase("next") ? "下" : "这";
            start = e.start();
            end = e.end();
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate day = switch (which) {
            case "下" -> monday.plusWeeks(1).plusDays(dow - 1L);
            case "下下" -> monday.plusWeeks(2).plusDays(dow - 1L);
            default -> {
                LocalDate thisWeek = monday.plusDays(dow - 1L);
                yield thisWeek.isBefore(today) ? thisWeek.plusWeeks(1) : thisWeek;
            }
        };
        return withWindow(text, start, end, new DateResolution.Resolved(day), today);
    }

    private static Found monthEnd(String text, LocalDate today) {
        Matcher m = MONTH_END.matcher(text);
        if (!m.find()) {
            return null;
        }
        LocalDate last = today.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate first = last.minusDays(4).isBefore(today) ? today : last.minusDays(4);
        return new Found(m.start(), m.end(), m.group(), new DateResolution.Resolved(last), first, last);
    }

    private static Found bareDay(String text, LocalDate today) {
        Matcher m = BARE_DAY.matcher(text);
        if (!m.find()) {
            return null;
        }
        int d = Integer.parseInt(m.group(1));
        if (d < 1) {
            return null;
        }
        LocalDate month = d >= today.getDayOfMonth() ? today.withDayOfMonth(1) : today.withDayOfMonth(1).plusMonths(1);
        if (d > month.lengthOfMonth()) {
            return new Found(m.start(), m.end(), m.group(), new DateResolution.NonExistent(
                    ChineseDateParser.NO_SUCH_DAY, month.with(TemporalAdjusters.lastDayOfMonth())), null, null);
        }
        return withWindow(text, m.start(), m.end(), new DateResolution.Resolved(month.withDayOfMonth(d)), today);
    }

    private Found bareChu(String text, LocalDate today) {
        Matcher m = BARE_CHU.matcher(text);
        if (!m.find()) {
            return null;
        }
        DateMention zheng = coreFind("正月" + m.group());
        if (zheng == null) {
            return null;
        }
        return withWindow(text, m.start(), m.end(), zheng.resolution(), today);
    }
}
