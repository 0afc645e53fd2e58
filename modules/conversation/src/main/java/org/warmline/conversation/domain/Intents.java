package org.warmline.conversation.domain;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keyword rules for what a worker wants. Deliberately plain: every rule is one regular expression
 * or word list that a reviewer can read. Place-based rules ("回 + place", "go to + place") live in
 * the trip reader, which knows where the places are; legal and jobs words in {@link IntakeReader}.
 */
final class Intents {

    private static final Pattern HOME = Pattern.compile(
            "回家|返乡|回老家|回去|回乡|返程|返岗|返城|复工|车票|火车票|机票|买票|订票|抢票|票|包车|大巴|过年回|坐车|的车|车还有|有车|有没有车|车次"
            + "|(?i:\\bgo(?:ing)? home\\b|\\bhome to\\b|\\bget home\\b|\\bback home\\b|\\btrip home\\b"
            + "|\\btravel home\\b|\\bhome for\\b|\\btickets?\\b|\\bgo back to\\b|\\bbus\\b|\\btrain\\b)");
    /** Words before 回家 that make it a complaint, not a request: 没钱回家, 回不了家. */
    private static final Pattern HOME_NEGATED = Pattern.compile("(?:没钱|没路费|不能|没法|没办法)$");

    /** Opt-out keywords (Twilio's English ones and the Chinese carriers' 退订/TD): the whole message. */
    private static final Set<String> OPT_OUT = Set.of(
            "退订", "td", "t", "取消订阅", "stop", "stopall", "unsubscribe", "cancel", "end", "quit", "退订td", "n退订");
    /** Opt-in keywords: the whole message (YES is a confirmation, never an opt-in). */
    private static final Set<String> OPT_IN = Set.of("订阅", "start", "unstop", "重新订阅");

    private static final Pattern HAND_OFF = Pattern.compile(
            "^(?:转?人工(?:服务|客服)?|客服|人工客服|找客服|真人|接线员|工作人员)$"
            + "|转人工|找人工|要人工|人工客服|接人工|联系客服|找客服|叫客服|真人|跟人说|找个人说|找个真人|活人"
            + "|(?i:\\bhuman\\b|\\bagent\\b|\\boperator\\b|real person|talk to (?:a |some)?(?:person|someone|body))");

    private static final Pattern HELP = Pattern.compile(
            "^(?:帮助|求助说明|说明|怎么用|咋用|干嘛的|干啥的|这是什么|这是啥|你们是谁|你是谁|你们是?干(?:什么|啥|嘛)的|能干啥|能干什么"
            + "|help|info|whatisthis|whoareyou|whatdoyoudo|[?？]+)$");

    private static final Pattern RESTART = Pattern.compile(
            "^(?:重新开始|重新来|重来|重新填|重填|从头来|restart|startover|startagain|reset)$");

    private static final Pattern MENU = Pattern.compile("^(?:菜单|主菜单|menu)$");

    private static final Pattern SKIP = Pattern.compile(
            "^(?:不知道|不清楚|不晓得|不记得|忘了|记不清|说不清|不好说|没有|没|无|跳过|不确定|算了|(?i:skip|idk|dontknow|notsure|none|no|pass))[啊呀了的吧呢]*$");
    private static final Pattern DONE = Pattern.compile(
            "^(?:就这些|就这样|没了|没有了|没别的|没啥了|完了|好了就这些|说完了|就这|(?i:thatsall|thatsit|done|nothingelse|nomore))[啊呀了吧]*$");

    private Intents() {
    }

    /** @return the position of the first travel word that is not a complaint (没钱回家), or -1 */
    static int homeAt(String text) {
        Matcher m = HOME.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 3), m.start());
            if (!HOME_NEGATED.matcher(before).find() && !(m.group().equals("回家") && text.startsWith("不了", m.end() - 1))) {
                return m.start();
            }
        }
        return -1;
    }

    /** @param bare the message through {@link Texts#bare} @return true for an opt-out keyword */
    static boolean optOut(String bare) {
        return OPT_OUT.contains(bare);
    }

    /** @param bare the message through {@link Texts#bare} @return true for an opt-in keyword */
    static boolean optIn(String bare) {
        return OPT_IN.contains(bare);
    }

    /** @param folded the message, width-folded and Simplified @return true when the worker asks for a person */
    static boolean handOff(String folded) {
        String t = folded.strip().replaceAll("[\\p{Punct}！？。，…~～]+$", "");
        return HAND_OFF.matcher(t).find() && !t.contains("人工费") && !t.contains("人工智能");
    }

    /** @param bare the message through {@link Texts#bare}; "?" alone is help too @param folded the message */
    static boolean help(String bare, String folded) {
        return HELP.matcher(bare).matches() || HELP.matcher(folded.strip()).matches();
    }

    /** @param bare the message through {@link Texts#bare} */
    static boolean restart(String bare) {
        return RESTART.matcher(bare).matches();
    }

    /** @param bare the message through {@link Texts#bare} */
    static boolean menu(String bare) {
        return MENU.matcher(bare).matches();
    }

    /** @param bare the message through {@link Texts#bare} @return true for 不知道, 跳过, skip … */
    static boolean skip(String bare) {
        return SKIP.matcher(bare).matches();
    }

    /** @param bare the message through {@link Texts#bare} @return true for 就这些, 没了, that's all … */
    static boolean done(String bare) {
        return DONE.matcher(bare).matches();
    }

    /** @param bare the message through {@link Texts#bare} @return true for 1, 是, 对, 好, 确认, 可以, ok, yes, y … */
    static boolean yes(String bare) {
        return bare.matches("1|是|是的|对|对的|对了|好|好的|确认|确定|可以|行|中|没问题|嗯|嗯嗯|ok|okay|yes|y|yeah|yep|confirm|correct|sure");
    }

    /** @param bare the message through {@link Texts#bare} @return true for 2, 不, 不对, 错, no … */
    static boolean no(String bare) {
        return bare.matches("2|不|不对|不是|错|错了|不行|修改|改|要改|no|n|nope|wrong|change");
    }
}
