package org.warmline.conversation.domain;

import java.util.regex.Pattern;

/**
 * Keyword rules for what a worker wants. Deliberately plain: every rule is one regular expression
 * that a reviewer can read. Place-based rules ("回 + place", "go to + place") live in the engine,
 * which knows where the places are.
 */
final class Intents {

    private static final Pattern HOME = Pattern.compile(
            "回家|返乡|回老家|回去|回乡|返程|车票|票|过年回"
            + "|(?i:\\bgo(?:ing)? home\\b|\\bhome to\\b|\\bget home\\b|\\bback home\\b|\\btrip home\\b"
            + "|\\btravel home\\b|\\bhome for\\b|\\btickets?\\b)");

    private static final Pattern LEGAL = Pattern.compile(
            "欠薪|工资|拖欠|讨薪|欠钱|欠我|不给钱|不发钱|没给钱|没发钱|工钱|工伤|劳动合同|劳动仲裁"
            + "|(?i:\\bunpaid\\b|\\bwages?\\b|\\bsalary\\b|\\bowes?\\b|\\bowed\\b|\\bowing\\b|\\barrears\\b"
            + "|\\bnot (?:been )?paid\\b|\\bdidn't pay\\b|\\bhasn't paid\\b|\\bhaven't been paid\\b)");

    /** Clear job words: enough even in the middle of a trip request. */
    private static final Pattern JOB_STRONG = Pattern.compile(
            "找工作|找活|找.{0,6}的活|招工|招聘|培训|求职|职业介绍|工作机会|学技术|考证"
            + "|(?i:\\bjobs?\\b|\\bfind work\\b|\\blooking for work\\b|\\btraining\\b|\\bhiring\\b)");

    /** Job words that also appear in trip answers ("在成都工作"): used only when nothing else fits. */
    private static final Pattern JOB_WEAK = Pattern.compile(
            "工作|的活|活儿|干活|上班|技能|(?i:\\bwork\\b)");

    private static final Pattern RESTART = Pattern.compile(
            "^(?:重新开始|重新来|重来|重新填|重填|restart|startover|startagain)$");

    private static final Pattern MENU = Pattern.compile("^(?:菜单|主菜单|帮助|menu|help)$");

    private Intents() {
    }

    static boolean home(String text) {
        return HOME.matcher(text).find();
    }

    static boolean legal(String text) {
        return LEGAL.matcher(text).find();
    }

    static boolean jobStrong(String text) {
        return JOB_STRONG.matcher(text).find();
    }

    static boolean job(String text) {
        return jobStrong(text) || JOB_WEAK.matcher(text).find();
    }

    /** @param bare the message through {@link Texts#bare} */
    static boolean restart(String bare) {
        return RESTART.matcher(bare).matches();
    }

    /** @param bare the message through {@link Texts#bare} */
    static boolean menu(String bare) {
        return MENU.matcher(bare).matches();
    }

    /** @param bare the message through {@link Texts#bare} @return true for 1, 是, 对, 好, 确认, 可以, ok, yes, y … */
    static boolean yes(String bare) {
        return bare.matches("1|是|是的|对|对的|对了|好|好的|确认|可以|行|没问题|嗯|嗯嗯|ok|okay|yes|y|yeah|yep|confirm|correct");
    }

    /** @param bare the message through {@link Texts#bare} @return true for 2, 不, 不对, 错, no … */
    static boolean no(String bare) {
        return bare.matches("2|不|不对|不是|错|错了|不行|修改|改|要改|no|n|nope|wrong|change");
    }
}
