package org.warmline.conversation.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money and counts as workers write them: 8500, 8500元, 9千, 1.5万, 一万二 (12,000), 三千五
 * (3,500), 九千块, 两万多, 8k, "8,500 yuan". Amounts are returned in fen (yuan × 100) as {@code long}.
 */
final class Amounts {

    private static final String CN = "[零〇一二两三四五六七八九十百千万]";
    private static final Pattern DIGITS_UNIT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(万|w|W|千|k|K)(?![a-zA-Z])");
    /** The thousands spoken after 万: 3万5 (35,000), 1万2千 (12,000), 2万五 (25,000), 1万2000 (12,000). */
    private static final Pattern WAN_REST = Pattern.compile("^(?:([\\d一二两三四五六七八九])(千)?(?![\\d百十万])|(\\d{4})(?!\\d))");
    private static final Pattern CN_AMOUNT = Pattern.compile("(" + CN + "{2,9})\\s*(?:多|来)?\\s*(块钱|块|元|万)?");
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s*(块钱|块|元|rmb|RMB|yuan|Yuan)?(?![\\d.]|\\s*(?:个|人|月|号|日|年|天|张|点|岁|层|楼|%|平|米|斤))");

    private Amounts() {
    }

    /**
     * @param text a message (width-folded, Simplified); dates and counts should be blanked out
     * @param bare whether a bare number means money (the amount was just asked); otherwise a plain
     *             number needs three digits or a unit (元, 块) to count
     * @return the first amount, in fen
     */
    static Optional<Long> fen(String text, boolean bare) {
        Matcher m = DIGITS_UNIT.matcher(text);
        Long best = null;
        int at = Integer.MAX_VALUE;
        if (m.find()) {
            double v = Double.parseDouble(m.group(1));
            String unit = m.group(2);
            long mult = unit.equals("万") || unit.equalsIgnoreCase("w") ? 10_000 : 1_000;
            best = Math.round(v * mult * 100);
            if (mult == 10_000 && !m.group(1).contains(".")) {
                Matcher rest = WAN_REST.matcher(text.substring(m.end()));
                if (rest.find()) {
                    long low = rest.group(3) != null ? Long.parseLong(rest.group(3))
                            : Math.max(digit(rest.group(1).charAt(0)), Character.digit(rest.group(1).charAt(0), 10)) * 1_000L;
                    best += low * 100;
                }
            }
            at = m.start();
        }
        Matcher c = CN_AMOUNT.matcher(text);
        while (c.find() && c.start() < at) {
            String n = c.group(1);
            boolean money = c.group(2) != null || n.contains("千") || n.contains("万") || n.contains("百");
            if (!money) {
                continue;
            }
            Optional<Long> yuan = chinese(n);
            // "三千五一直没发": a numeral that runs into the next word; drop trailing characters until it reads.
            for (int cut = n.length() - 1; yuan.isEmpty() && cut >= 2; cut--) {
                yuan = chinese(n.substring(0, cut));
            }
            if (yuan.isPresent() && yuan.get() > 0) {
                best = yuan.get() * 100;
                at = c.start();
                break;
            }
        }
        Matcher d = DIGITS.matcher(text);
        while (d.find() && d.start() < at) {
            String digits = d.group(1).replace(",", "");
            boolean unit = d.group(3) != null;
            if (!unit && !bare && digits.length() < 3) {
                continue;
            }
            if (digits.length() > 9) {
                continue;
            }
            long fen = Long.parseLong(digits) * 100;
            if (d.group(2) != null) {
                fen += Long.parseLong((d.group(2) + "0").substring(0, 2));
            }
            best = fen;
            break;
        }
        return Optional.ofNullable(best);
    }

    /**
     * Reads a Chinese numeral with the spoken short forms: 一万二 = 12000, 三千五 = 3500, 两百 = 200,
     * 一万二千五百 = 12500, 十五 = 15.
     *
     * @return the value, or empty if it is not a number
     */
    static Optional<Long> chinese(String s) {
        int wan = s.indexOf('万');
        if (wan >= 0) {
            Optional<Long> high = wan == 0 ? Optional.of(1L) : below10000(s.substring(0, wan));
            String rest = s.substring(wan + 1);
            if (high.isEmpty()) return Optional.empty();
            if (rest.isEmpty()) return Optional.of(high.get() * 10_000);
            if (rest.length() == 1 && digit(rest.charAt(0)) >= 0) {
                return Optional.of(high.get() * 10_000 + digit(rest.charAt(0)) * 1_000L); // 一万二
            }
            return below10000(rest.replaceFirst("^[零〇]", "")).map(low -> high.get() * 10_000 + low);
        }
        return below10000(s);
    }

    private static Optional<Long> below10000(String s) {
        long total = 0;
        long current = -1;
        long lastUnit = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            int dg = digit(ch);
            long unit = ch == '千' ? 1000 : ch == '百' ? 100 : ch == '十' ? 10 : 0;
            if (dg >= 0) {
                if (current >= 0) return Optional.empty();
                current = dg;
            } else if (ch == '零' || ch == '〇') {
                current = -1;
            } else if (unit > 0) {
                total += (current < 0 ? (unit == 10 ? 1 : -1) : current) * unit;
                if (current < 0 && unit != 10) return Optional.empty();
                current = -1;
                lastUnit = unit;
            } else {
                return Optional.empty();
            }
        }
        if (current >= 0) {
            // 三千五 = 3500, 两百五 = 250: a last digit right after 千/百 is one unit lower.
            boolean shortForm = lastUnit >= 100 && s.length() >= 2 && digit(s.charAt(s.length() - 1)) >= 0
                    && (s.charAt(s.length() - 2) == '千' || s.charAt(s.length() - 2) == '百');
            total += shortForm ? current * (lastUnit / 10) : current;
        }
        return Optional.of(total);
    }

    private static int digit(char c) {
        if (c == '两') return 2;
        return "零一二三四五六七八九".indexOf(c);
    }
}
