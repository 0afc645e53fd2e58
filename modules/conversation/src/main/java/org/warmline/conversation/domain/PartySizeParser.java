package org.warmline.conversation.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how many people travel in a message: "2个人", "2人", "三个人", "俩人", "一个人", "我们俩",
 * "just me", "2 people", "two of us"; and, when the party size was just asked, a bare number.
 * Returns the number as said, even outside 1..60: the engine decides what is acceptable.
 */
final class PartySizeParser {

    private static final String ZH_NUM = "[0-9零一二两三四五六七八九十百俩仨]+";
    private static final String EN_NUM = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    private static final Pattern ZH_COUNT = Pattern.compile("(" + ZH_NUM + ")\\s*(?:个人|人|位|口人|张票|张车票|张(?=[^\\d]{0,16}票))");
    private static final Pattern ZH_WE = Pattern.compile(
            "(?:我们|咱们|俺们|我|咱|俺)(" + ZH_NUM + ")(?:个人?)?(?=$|[，。,.!！?？;；\\s回走去坐一想要打准都过今明从在])");
    private static final Pattern ZH_FAMILY = Pattern.compile("一家(" + ZH_NUM + ")口");
    private static final Pattern ZH_ALONE = Pattern.compile("就我一个|就我自己|我自己|我一个|自己一个|一个人|单人|独自");
    private static final Pattern ZH_COUPLE = Pattern.compile("两口子|夫妻俩|俩口子|夫妻两|我和(?:老婆|老公|媳妇|爱人|孩子|儿子|女儿|妈|爸|弟弟|哥哥|妹妹|姐姐)");

    private static final Pattern EN_COUNT = Pattern.compile(
            "(?i)\\b(" + EN_NUM + ")\\s+(?:people|persons|person|adults|passengers|tickets|seats|of us)\\b");
    private static final Pattern EN_WE = Pattern.compile("(?i)\\b(?:we are|we're|party of)\\s+(" + EN_NUM + ")\\b");
    private static final Pattern EN_ALONE = Pattern.compile(
            "(?i)\\b(?:just me|only me|me alone|alone|by myself|just myself|only myself|myself only)\\b");
    private static final Pattern EN_COUPLE = Pattern.compile(
            "(?i)\\bme and my (?:wife|husband|son|daughter|child|kid|brother|sister|mother|father|mom|mum|dad|friend)\\b");

    private PartySizeParser() {
    }

    /**
     * @param text       the message with dates and places already blanked out, width-folded
     * @param bareNumber whether a message that is only a number means the party size
     * @return the party size said, if any
     */
    static Optional<Integer> find(String text, boolean bareNumber) {
        for (Pattern p : new Pattern[] {ZH_COUNT, EN_COUNT, ZH_FAMILY, ZH_WE, EN_WE}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                Optional<Integer> n = Texts.number(m.group(1));
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        if (ZH_COUPLE.matcher(text).find() || EN_COUPLE.matcher(text).find()) {
            return Optional.of(2);
        }
        if (ZH_ALONE.matcher(text).find() || EN_ALONE.matcher(text).find()) {
            return Optional.of(1);
        }
        if (bareNumber) {
            String s = text.strip().replaceAll("[\\p{Punct}，。！？、\\s]+$", "").replaceAll("个$", "");
            return Texts.number(s);
        }
        return Optional.empty();
    }
}
