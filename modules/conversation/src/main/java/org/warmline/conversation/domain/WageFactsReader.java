package org.warmline.conversation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the further facts of a wage claim from one message (width-folded, Simplified): the project,
 * the trade, the period worked, whether the job has ended and when, an absconded employer and the
 * contractor chain (see {@link WageFacts}). Dates a worker gives here lie in the past: a month without a
 * year is the latest such month not after today ("11月" read in December 2026 is November 2026, "3月到
 * 10月" in January 2027 is March to October 2026). Every rule is a plain regular expression.
 */
final class WageFactsReader {

    private static final String MONTH = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";
    private static final String YEAR = "(去年|今年|前年|20\\d\\d年)?";
    private static final String DAY = "(?:(\\d{1,2})[号日])?";

    private static final Pattern PERIOD = Pattern.compile(
            "(?:从)?" + YEAR + MONTH + "月份?(?:初|中|底)?" + DAY + "\\s*(?:开始)?(?:干|做)?\\s*(?:到|至|一直到|干到|做到|-|~|—)\\s*"
                    + YEAR + MONTH + "月份?(初|中|底)?" + DAY);
    private static final Pattern SINCE = Pattern.compile(
            "(?:从)?" + YEAR + MONTH + "月份?(?:初|中)?" + DAY + "\\s*(?:开始干|开始做|进的场|进场|进厂|开始上班|来的|过来的|入职)");
    private static final Pattern EN_PERIOD = Pattern.compile(
            "(?i)\\bfrom\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s+(?:to|until|till)\\s+"
                    + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*");

    private static final Pattern ENDED = Pattern.compile(
            "不干了|没干了|不做了|没做了|没在那干|离职|辞职|辞工|被辞退|被开除|被炒|炒了我|干完了|做完了|完工了|活干完|工程结束|项目结束"
                    + "|已经走了|(?:号|日|底|初)(?:就)?(?:走的|走了|离开|不干|没干)|(?:上个月|上月)(?:底|初)?(?:就)?(?:走的|走了|不干|离开)"
                    + "|(?i:\\bquit\\b|\\bleft (?:the|that|my) (?:job|site|company|factory)|\\bno longer work|\\bi left\\b|\\bjob (?:is )?(?:over|finished|ended)\\b|\\bwas fired\\b|\\bgot fired\\b)");
    private static final Pattern STILL = Pattern.compile(
            "还在(?:那|这|那边|这边|工地)?(?:干|做|上班)|还没走|没离职|没有离职|还在职|(?i:\\bstill work)");
    private static final Pattern ENDED_ON = Pattern.compile(
            YEAR + MONTH + "月" + "(\\d{1,2}|底|初|中)[号日]?\\s*(?:就)?(?:走的|走了|离开|离职|辞|不干|没干|被辞退|被开除|完工|干完)");
    private static final Pattern ENDED_LAST_MONTH = Pattern.compile(
            "(上个月|上月)(底|初)?\\s*(?:就)?(?:走的|走了|离开|离职|辞|不干|没干|被辞退|被开除|完工|干完)");

    private static final Pattern ABSCONDED = Pattern.compile(
            "跑了|跑路|卷钱|卷款|联系不上|找不到人|找不着人|人找不到|失联|拉黑|不接电话|电话打不通|电话不通|关机了|人间蒸发|玩消失"
                    + "|(?i:ran away|run away|ran off|disappeared|vanished|can'?t (?:reach|find) (?:him|her|them|the boss)|cannot reach|blocked me)");

    private static final String NAME_BEFORE = "(?<![\\p{IsHan}A-Za-z0-9])([\\p{IsHan}A-Za-z0-9（）()]{2,24})";
    private static final String NAME = "([\\p{IsHan}A-Za-z0-9（）()]{2,24}?)(?=[，,。；;、！!？?\\s]|的|$|干|做|包|承包|分包|欠)";
    private static final Pattern GENERAL = Pattern.compile("(?:总包|总承包)(?:单位|方|公司)?(?:是|叫|为|:|：)\\s*" + NAME);
    private static final Pattern GENERAL_BEFORE = Pattern.compile(NAME_BEFORE + "(?:是|为)(?:总包|总承包)");
    private static final Pattern SUB = Pattern.compile("(?:分包|劳务分包)(?:单位|方|公司)?(?:是|叫|为|:|：)\\s*" + NAME);
    private static final Pattern SUB_BEFORE = Pattern.compile(NAME_BEFORE + "(?:是|为)(?:分包|劳务分包)");
    private static final Pattern CLIENT = Pattern.compile("(?:建设单位|开发商|甲方|业主)(?:是|叫|为|:|：)\\s*" + NAME);
    private static final Pattern CLIENT_BEFORE = Pattern.compile(NAME_BEFORE + "(?:是|为)(?:建设单位|开发商|甲方)");
    private static final Pattern EN_CHAIN = Pattern.compile(
            "(?i)\\b(general contractor|main contractor|subcontractor|developer|client)\\s+(?:is|was|:)\\s+([A-Za-z0-9&.\\- ]{2,30}?)(?=[,.;!?]|$| and )");

    private static final Pattern PROJECT = Pattern.compile(
            "([\\p{IsHan}A-Za-z0-9]{1,14}?(?:项目|工地|小区|花园|广场|大厦|大楼|中心|工程))(?!部|队|公司)");
    private static final String STOP = "在是给被跟和帮替我为:：,，。 的个家了到从去这那也都就还说里干做";
    private static final Pattern NOT_PROJECT = Pattern.compile("^(?:工地|项目|工程|建筑工地|中心|一个.*|这个.*|那个.*|个.*|某.*|哪个.*)$");

    private WageFactsReader() {
    }

    /**
     * @param text  a message, width-folded and Simplified
     * @param today today in Asia/Shanghai
     * @return the wage facts the message gives (unknown ones null)
     */
    static WageFacts read(String text, LocalDate today) {
        LocalDate from = null;
        LocalDate to = null;
        Matcher p = PERIOD.matcher(text);
        Matcher e = EN_PERIOD.matcher(text);
        if (p.find()) {
            YearMonth[] months = yearMonths(p.group(1), month(p.group(2)), p.group(4), month(p.group(5)), today);
            if (months != null) {
                from = day(months[0], p.group(3), null);
                to = day(months[1], p.group(7), p.group(6) == null ? "底" : p.group(6));
                if (to.isAfter(today)) to = today;
            }
        } else if (e.find()) {
            YearMonth[] months = yearMonths(null, englishMonth(e.group(1)), null, englishMonth(e.group(2)), today);
            if (months != null) {
                from = months[0].atDay(1);
                to = min(months[1].atEndOfMonth(), today);
            }
        } else {
            Matcher s = SINCE.matcher(text);
            if (s.find()) {
                YearMonth m = yearMonth(s.group(1), month(s.group(2)), today);
                if (m != null) from = day(m, s.group(3), null);
            }
        }
        Boolean ended = STILL.matcher(text).find() ? Boolean.FALSE : ENDED.matcher(text).find() ? Boolean.TRUE : null;
        LocalDate endedOn = endedOn(text, today);
        return new WageFacts(project(text), IntakeReader.trade(text), from, to, ended, endedOn,
                ABSCONDED.matcher(text).find(), party(text, SUB, SUB_BEFORE, "subcontractor"),
                party(text, GENERAL, GENERAL_BEFORE, "general contractor|main contractor"),
                party(text, CLIENT, CLIENT_BEFORE, "developer|client"));
    }

    /**
     * @param text a message, width-folded and Simplified
     * @return whether it dates the work itself (the period worked, the day the job ended: "从3月干到10月",
     *         "11月20号就不干了"), so that its date is no travel date
     */
    static boolean datesTheWork(String text) {
        return PERIOD.matcher(text).find() || SINCE.matcher(text).find() || ENDED_ON.matcher(text).find()
                || ENDED_LAST_MONTH.matcher(text).find();
    }

    /** @return whether the message says the employer ran off or cannot be reached (欠薪逃匿) */
    static boolean absconded(String text) {
        return ABSCONDED.matcher(text).find();
    }

    /**
     * A project or site the worker names in answer to "which city and site?": what is left of the answer
     * once the places are blanked out and the filler words dropped ("东莞厚街 万科城" → 厚街 万科城 → 万科城 when
     * 厚街 was read as a place), when two characters or more remain.
     *
     * @param residual the answer with the places blanked out
     * @return the project as named, or null
     */
    static String projectAnswer(String residual) {
        String named = project(residual);
        if (named != null) {
            return named;
        }
        String s = residual.replaceAll("[\\p{Punct}，。！？、：；\\s]+", " ")
                .replaceAll("在|是|的|干活|干的活|干的|打工|上班|做工|工地上|那边|这边|附近|一带|(?i:\\bin\\b|\\bat\\b|\\bthe\\b)", " ")
                .strip().replaceAll("\\s+", " ");
        return s.codePointCount(0, s.length()) >= 2 && s.matches(".*\\p{IsHan}.*") && !Intents.skip(Texts.bare(s)) ? s : null;
    }

    /**
     * @param text a message, or the message with its places blanked out ("东莞万达广场" → 万达广场)
     * @return the project or site named with its ending (项目, 工地, 广场 …), or null
     */
    static String project(String text) {
        Matcher m = PROJECT.matcher(text);
        while (m.find()) {
            String s = m.group(1);
            int cut = 0;
            for (int i = 0; i < s.length() - 2; i++) {
                if (STOP.indexOf(s.charAt(i)) >= 0) cut = i + 1;
            }
            String name = s.substring(cut);
            if (name.length() >= 3 && !NOT_PROJECT.matcher(name).matches()) {
                return name;
            }
        }
        return null;
    }

    private static String party(String text, Pattern after, Pattern before, String english) {
        for (Pattern p : new Pattern[] {after, before}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String name = m.group(1).replaceAll("^(?:是|叫|为)", "");
                if (name.length() >= 2 && !name.matches("(?:谁|什么|哪个|哪家|不知道|不清楚).*")) {
                    return name;
                }
            }
        }
        Matcher en = EN_CHAIN.matcher(text);
        while (en.find()) {
            if (en.group(1).toLowerCase(Locale.ROOT).matches(english)) {
                return en.group(2).strip();
            }
        }
        return null;
    }

    private static LocalDate endedOn(String text, LocalDate today) {
        Matcher m = ENDED_ON.matcher(text);
        if (m.find()) {
            YearMonth month = yearMonth(m.group(1), month(m.group(2)), today);
            if (month != null) {
                String d = m.group(3);
                LocalDate day = switch (d) {
                    case "底" -> month.atEndOfMonth();
                    case "初" -> month.atDay(1);
                    case "中" -> month.atDay(15);
                    default -> Integer.parseInt(d) >= 1 && Integer.parseInt(d) <= month.lengthOfMonth()
                            ? month.atDay(Integer.parseInt(d)) : null;
                };
                return day == null ? null : day.isAfter(today) && m.group(1) == null ? day.minusYears(1) : min(day, today);
            }
        }
        Matcher last = ENDED_LAST_MONTH.matcher(text);
        if (last.find()) {
            YearMonth month = YearMonth.from(today).minusMonths(1);
            return "初".equals(last.group(2)) ? month.atDay(1) : month.atEndOfMonth();
        }
        return null;
    }

    /** The two months of a period, the latest such pair ending not after today; null if not months. */
    private static YearMonth[] yearMonths(String fromYear, int from, String toYear, int to, LocalDate today) {
        if (from < 1 || from > 12 || to < 1 || to > 12) {
            return null;
        }
        YearMonth end = yearMonth(toYear, to, today);
        if (end == null) {
            return null;
        }
        YearMonth start = fromYear != null ? yearMonth(fromYear, from, today)
                : YearMonth.of(from <= to ? end.getYear() : end.getYear() - 1, from);
        if (start == null || start.isAfter(end)) {
            return null;
        }
        return new YearMonth[] {start, end};
    }

    /** A month said with or without a year: with none, the latest such month not after today. */
    private static YearMonth yearMonth(String year, int month, LocalDate today) {
        if (month < 1 || month > 12) {
            return null;
        }
        int y;
        if (year == null) {
            YearMonth m = YearMonth.of(today.getYear(), month);
            return m.isAfter(YearMonth.from(today)) ? m.minusYears(1) : m;
        }
        y = switch (year) {
            case "今年" -> today.getYear();
            case "去年" -> today.getYear() - 1;
            case "前年" -> today.getYear() - 2;
            default -> Integer.parseInt(year.substring(0, 4));
        };
        YearMonth m = YearMonth.of(y, month);
        return m.isAfter(YearMonth.from(today)) ? null : m;
    }

    private static LocalDate day(YearMonth month, String day, String part) {
        if (day != null) {
            int d = Integer.parseInt(day);
            if (d >= 1 && d <= month.lengthOfMonth()) return month.atDay(d);
        }
        if (part == null) {
            return month.atDay(1);
        }
        return switch (part) {
            case "初" -> month.atDay(10);
            case "中" -> month.atDay(20);
            default -> month.atEndOfMonth();
        };
    }

    private static int month(String s) {
        if (s == null) return -1;
        if (s.matches("\\d{1,2}")) return Integer.parseInt(s);
        return Texts.number(s).orElse(-1);
    }

    private static int englishMonth(String s) {
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(s.toLowerCase(Locale.ROOT).substring(0, 3)) / 3 + 1;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
