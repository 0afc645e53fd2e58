package org.warmline.conversation.domain;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Small text helpers of the dialog: width folding, Traditional → Simplified conversion, language
 * guess, numbers.
 */
final class Texts {

    private static final Logger LOG = Logger.getLogger(Texts.class.getName());

    /**
     * CJK characters that opencc4j converts to another character on their own: a message without any
     * of them is already Simplified and skips the (phrase-aware, slower) conversion.
     */
    private static final BitSet TRADITIONAL = traditionalCharacters();

    private Texts() {
    }

    private static BitSet traditionalCharacters() {
        BitSet set = new BitSet(0x10000);
        try {
            for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
                String one = String.valueOf(c);
                String simple = ZhConverterUtil.toSimple(one);
                if (simple != null && !simple.equals(one)) {
                    set.set(c);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "opencc4j is unavailable; Traditional characters stay as written", e);
        }
        return set;
    }

    /**
     * Converts Traditional Chinese to Simplified with opencc4j (OpenCC's dictionaries: 臘月 → 腊月,
     * 重慶 → 重庆, 工資 → 工资); Simplified text is returned as is.
     *
     * @param text a message, width-folded
     * @return the Simplified text (usually the same length; indexes are only used on the result)
     */
    static String simplify(String text) {
        boolean traditional = false;
        for (int i = 0; i < text.length() && !traditional; i++) {
            traditional = TRADITIONAL.get(text.charAt(i));
        }
        if (!traditional) {
            return text;
        }
        try {
            String simple = ZhConverterUtil.toSimple(text);
            return simple == null ? text : simple;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "opencc4j failed on a message; reading it as written", e);
            return text;
        }
    }

    /**
     * Folds full-width ASCII (０-９, Ａ-Ｚ, ，…) and the ideographic space to ASCII, one char for one
     * char, so indexes into the result are indexes into the input.
     */
    static String foldWidth(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Markup pasted into a message, e.g. {@code <img src=x …>}. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<[^<>]{0,200}>");

    /**
     * SQL as people paste it into forms: a statement's keywords in SQL's own order, or an injection's
     * quote-and-terminator. Plain English ("please select a date from the list", "update my trip")
     * does not match: each form needs SQL syntax around the words.
     */
    private static final java.util.regex.Pattern SQL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:drop|truncate|alter)\\s+(?:table|database|schema)\\b"
            + "|\\bselect\\s+(?:\\*|[\\w.]+(?:\\s*,\\s*[\\w.]+)*)\\s+from\\s+[\\w.]+\\s*(?:where\\b|;|--|$)"
            + "|\\binsert\\s+into\\s+\\w|\\bdelete\\s+from\\s+\\w|\\bupdate\\s+\\w+\\s+set\\s+\\w+\\s*="
            + "|\\bunion\\s+(?:all\\s+)?select\\b|'\\s*;|;\\s*--|'\\s*(?:or|and)\\s+'?\\w+'?\\s*=");

    /** A run of Latin letters, digits and underscores. */
    private static final java.util.regex.Pattern LATIN_RUN = java.util.regex.Pattern.compile("[A-Za-z0-9_]+");

    /**
     * Latin tokens that are not words: a name followed by "(" (a code call), a name with an
     * underscore, and "TD", the opt-out code Chinese carriers ask for ("回复TD退订").
     */
    private static final java.util.regex.Pattern NOT_WORDS = java.util.regex.Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*\\s*\\(|[A-Za-z0-9]*_[A-Za-z0-9_]*|(?i)(?<![A-Za-z])td(?![A-Za-z])");

    /**
     * Guesses the language of a message from its letters: English when its Latin words outweigh its
     * Han characters (a word counting as two characters), Chinese otherwise. Latin text that is not
     * a language does not count (issue 10: it switched Chinese workers to English): markup, SQL
     * ({@link #SQL}), code calls and names with underscores, and the carriers' opt-out codes "TD" and
     * a lone "T". A message with nothing else says nothing: the conversation keeps its language.
     *
     * @return "zh", "en", or empty when the text has no letters (digits, emoji, blank)
     */
    static Optional<String> language(String raw) {
        // markup pasted into a message ("<img src=x …> 转人工") says nothing about the worker's language
        String text = MARKUP.matcher(raw).replaceAll(" ");
        if (SQL.matcher(text).find()) {
            // SQL pasted or typed into a message ("'; DROP TABLE cv_message;--"): its keywords and
            // names are code, not English; only Han characters around it still count
            text = LATIN_RUN.matcher(text).replaceAll(" ");
        }
        // code calls ("alert(1)"), names with underscores ("cv_message") and the SMS opt-out codes of
        // Chinese carriers ("TD", "回T退订") are not words of any language
        text = NOT_WORDS.matcher(text).replaceAll(" ");
        if (text.strip().equalsIgnoreCase("t")) {
            return Optional.empty();
        }
        int han = 0;
        int latinWords = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean latin = Character.isLetter(cp) && script == Character.UnicodeScript.LATIN;
            if (latin && !inWord) {
                latinWords++;
            }
            inWord = latin;
            if (script == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        if (han == 0 && latinWords == 0) {
            return Optional.empty();
        }
        // A Latin word carries about as much as two Han characters: "I'm in 广州" is English,
        // "我在Guangzhou打工" Chinese.
        return Optional.of(latinWords * 2 > han ? DialogState.EN : DialogState.ZH);
    }

    /** Lower-cases and keeps letters and digits only: "好的！" → "好的", "OK." → "ok". */
    static String bare(String text) {
        StringBuilder b = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Shortens a worker's text for echoing in a reply, without splitting a surrogate pair. */
    static String excerpt(String text, int maxCodePoints) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.codePointCount(0, s.length()) <= maxCodePoints) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, maxCodePoints)) + "…";
    }

    /**
     * Reads a number written with ASCII digits, Chinese numerals (三, 两, 俩, 仨, 十五, 二十) or an
     * English word (one … twelve).
     *
     * @return the value, or empty if the text is not one number
     */
    static Optional<Integer> number(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.matches("\\d{1,4}")) {
            return Optional.of(Integer.parseInt(s));
        }
        int english = ENGLISH_NUMBERS.indexOf(" " + s + " ");
        if (english >= 0) {
            return Optional.of(ENGLISH_NUMBERS.substring(0, english).split(" ").length);
        }
        return chineseNumber(s);
    }

    private static final String ENGLISH_NUMBERS =
            "zero one two three four five six seven eight nine ten eleven twelve ";

    private static Optional<Integer> chineseNumber(String s) {
        if (s.equals("俩")) return Optional.of(2);
        if (s.equals("仨")) return Optional.of(3);
        int total = 0;
        int current = -1;
        for (char c : s.toCharArray()) {
            int digit = "零一二三四五六七八九".indexOf(c);
            if (c == '两') digit = 2;
            if (digit >= 0) {
                if (current >= 0) return Optional.empty(); // "二三": not one number
                current = digit;
            } else if (c == '十') {
                total += (current < 0 ? 1 : current) * 10;
                current = -1;
            } else if (c == '百') {
                if (current < 0) return Optional.empty();
                total += current * 100;
                current = -1;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(total + Math.max(current, 0));
    }
}
