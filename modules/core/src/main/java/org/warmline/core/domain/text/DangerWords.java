package org.warmline.core.domain.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Words in a worker's message that mean a person must look at once: injury, violence, hunger, no
 * shelter, threats, despair. One list for the dialog (which hands such a conversation to a person and tells
 * the worker the emergency numbers) and for the helpdesk (which marks it urgent and puts it on top).
 * The list is Warmline's own, written from the situations the issues name (受伤, 被打, 没钱吃饭,
 * 没地方住, 想不开, injured, no money; threats 威胁, 恐吓, 要杀 from issue 10) and the ways workers said them when
 * Warmline was tried as they would (摔伤, 骨折, 被人打, 两天没吃饭, 没有地方住, 睡大街, 活不下去); matching is by
 * substring, English in lower case.
 */
public final class DangerWords {

    /** The words, Chinese as written (Simplified), English lower case. */
    public static final List<String> WORDS = List.of(
            "受伤", "受了伤", "伤了", "摔伤", "砸伤", "压伤", "烫伤", "烧伤", "割伤", "撞伤", "骨折", "摔断", "砸断",
            "流血", "昏迷", "晕倒",
            "被打", "被人打", "打伤", "殴打", "打人", "打了我", "把我打", "挨打", "动手打",
            "没钱吃饭", "没有钱吃饭", "吃不上饭", "没饭吃", "没有饭吃", "没东西吃", "天没吃饭", "挨饿", "饿肚子",
            "没地方住", "没有地方住", "没地方睡", "没有地方睡", "睡大街", "睡街上", "睡马路", "睡桥洞",
            "无家可归", "露宿", "威胁", "恐吓", "要杀", "弄死", "想不开", "不想活", "活不下去", "跳楼", "自杀", "救命",
            "injured", "hurt", "bleeding", "beaten", "hit me", "beat me", "beat us", "attacked", "no money", "no food",
            "starving", "homeless", "nowhere to sleep", "nowhere to stay", "sleeping on the street", "threaten",
            "kill me", "suicide", "kill myself");

    /** Words just before a danger word that deny it: 我没受伤, I'm not injured. */
    private static final List<String> NEGATIONS = List.of("没", "没有", "不", "未", "无", "not ", "n't ", "never ");

    private DangerWords() {
    }

    /**
     * @param text a worker's message (Simplified Chinese or English; Traditional should be converted by
     *             the caller), may be null
     * @return the first danger word in it that is not denied just before (没受伤, not injured), if any
     */
    public static Optional<String> firstIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (String word : WORDS) {
            for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
                String before = t.substring(Math.max(0, at - 7), at);
                if (NEGATIONS.stream().noneMatch(before::endsWith)) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
    }
}
