package org.warmline.conversation.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the legal-aid and jobs slots of one message (width-folded, Simplified): topic, employer,
 * amount, months, co-workers, evidence and urgency; want and trade. Places and dates are read by
 * the engine with the gazetteer and {@link DateReader}. Every rule is a plain regular expression.
 */
final class IntakeReader {

    private static final Pattern INJURY = Pattern.compile(
            "工伤|受伤|摔伤|砸伤|压伤|烫伤|摔断|砸断|骨折|伤了|摔了|砸了|断了|住院|医药费|(?i:injur|\\bhurt\\b|accident)");
    private static final Pattern CONTRACT = Pattern.compile(
            "合同|辞退|开除|炒鱿鱼|解雇|被炒|社保|试用期|赔偿金|经济补偿|(?i:contract|\\bfired\\b|dismiss|insurance)");
    private static final Pattern WAGE = Pattern.compile(
            "欠薪|工资|工钱|薪水|拖欠|讨薪|欠钱|欠款|欠我|欠了|没拿到|一分钱没|一分没|不给钱|不发钱|没给钱|没发钱|不给结|没结|不结|结账|血汗钱|拿不到钱|要不到钱|要钱|跑路|跑了"
            + "|(?i:\\bunpaid\\b|\\bwages?\\b|\\bsalary\\b|\\bowes?\\b|\\bowed\\b|\\bowing\\b|\\barrears\\b|\\bpay(?:ing)? me\\b"
            + "|\\bnot (?:been )?paid\\b|\\bdidn't pay\\b|\\bhasn't paid\\b|\\bhaven't been paid\\b)");

    private static final Pattern LEGAL_OTHER = Pattern.compile(
            "合同|辞退|开除|解雇|仲裁|维权|律师|法律|法援|起诉|告他|投诉|劳动局|劳动监察|社保|(?i:lawyer|legal|\\bsue\\b|fired)");
    private static final Pattern MONTHS = Pattern.compile(
            "([\\d零一二两三四五六七八九十]+|半)\\s*个\\s*多?\\s*月|(?<![\\d])(半年|大半年|一年|1年|一整年|两年)"
            + "|(?i)\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+months?\\b");
    private static final Pattern COWORKERS_OTHERS = Pattern.compile(
            "(?:还有|另外|其他)\\s*([\\d一二两三四五六七八九十几]+)\\s*(?:多)?\\s*个?\\s*(?:人|工友|兄弟|同事|老乡|师傅)"
            + "|([\\d一二两三四五六七八九十几]+)\\s*多?\\s*个\\s*(?:工友|兄弟|同事|老乡|师傅)");
    private static final Pattern COWORKERS_WE = Pattern.compile(
            "(?:我们|咱们|俺们)\\s*(?:一共|总共)?\\s*([\\d一二两三四五六七八九十几]+)\\s*多?\\s*个\\s*(?:人|工友|兄弟)?"
            + "|(?i)\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\\s+of us\\b");
    private static final Pattern EN_COWORKERS = Pattern.compile(
            "(?i)\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\\s+(?:other\\s+)?(?:workers|co-?workers|colleagues|guys)\\b");
    private static final Pattern ALONE = Pattern.compile("就我一个|只有我|就我自己|就我|没有别人|只欠我|(?i:\\bjust me\\b|\\bonly me\\b)");

    private static final Pattern IOU = Pattern.compile("欠条|白条|借条|条子|(?i:\\biou\\b)");
    private static final Pattern ATTENDANCE = Pattern.compile("考勤|打卡|记工|工时|出勤|签到|工卡|(?i:attendance|timesheet|time sheet)");
    private static final Pattern CONTRACT_DOC = Pattern.compile("合同|协议|(?i:contract)");
    private static final Pattern CHAT = Pattern.compile("聊天记录|微信|短信|录音|截图|转账记录|(?i:chat|wechat|messages|recording|screenshot)");
    private static final Pattern PHOTOS = Pattern.compile("照片|拍照|拍了|视频|(?i:photo|picture|video)");
    private static final Pattern PAY_SLIPS = Pattern.compile("工资条|工资单|工资表|花名册|(?i:pay ?slips?|payroll)");
    private static final Pattern STATEMENTS = Pattern.compile(
            "工友(?:们)?(?:都)?(?:可以|能|愿意|会)?(?:帮我|给我)?(?:作证|证明|做证)|证人|证人证言|(?i:witness|testify|statements?)");
    private static final Pattern NO_EVIDENCE = Pattern.compile("^(?:没有|没|啥都没有|什么都没有|都没有|没啥|无|(?i:none|nothing|no))[啊呀了的。!！]*$");

    private static final Pattern URGENT = Pattern.compile(
            "急|马上|救命|没饭吃|吃不上饭|吃不起饭|回不了家|没钱回家|没路费|跑路|跑了|找不到人|联系不上|失联|拉黑|紧急|快过年|要过年了"
            + "|(?i:urgent|asap|emergency|ran away|disappeared)");

    private static final Pattern CONTRACTOR = Pattern.compile("包工头|工头|领班|班组长|(?i:\\bcontractor\\b|\\bforeman\\b)");
    private static final Pattern CONTRACTOR_NAME = Pattern.compile("(?:包工头|工头)(?:叫|是|姓)?(老[\\p{IsHan}]|小[\\p{IsHan}]|姓[\\p{IsHan}]|[\\p{IsHan}]{2,3}(?=[，,。\\s]|$))");
    private static final Pattern COMPANY = Pattern.compile(
            "([\\p{IsHan}A-Za-z0-9]{1,12}?(?:有限公司|公司|集团|工厂|厂|项目部|工程队|施工队|劳务队|餐厅|饭店|酒店|超市|物业))");
    private static final String NOT_NAME = "跑欠不没拖说把给也都还就一们的他她带又去";
    private static final String STOP = "在是给被跟和帮替我为:：,，。 的个家了到从去这那也都就还说里";

    private static final Pattern TRAINING = Pattern.compile(
            "培训|想学|学个|学门|学点|学学|学技术|学手艺|学习|考证|考个证|拿证|上岗证|技校|(?i:\\btraining\\b|\\blearn|\\bcourse|\\bcertificate)");
    private static final Pattern STARTUP = Pattern.compile(
            "创业|开店|开个店|开家|小本|贷款|做生意|做点生意|做买卖|养殖|自己干|自己做|(?i:\\bloan\\b|start(?:ing)? a business|own business|\\bstartup\\b|start-up)");
    /** Clear job words: enough even next to a trip ("过完年回来找工作"). */
    private static final Pattern JOB = Pattern.compile(
            "找工作|找活|找个活|找点活|有啥活|有什么活|有没有活干|活干|找.{0,6}的活|有活|有没有活|找事做|找事干|找份|招工|招人|招聘|求职|职业介绍|工作机会|找工|介绍工作|介绍个活|换个工作|换工作|换个活"
            + "|(?i:\\bjobs?\\b|looking for work|find work|need work|\\bhiring\\b)");
    /** Job words that also appear in trip and legal messages ("回深圳上班"): used only when nothing else fits. */
    private static final Pattern JOB_WEAK = Pattern.compile("上班|干活|打工|的活|活儿|缺人|要人|挣钱|赚钱|(?i:\\bwork\\b)");

    private IntakeReader() {
    }

    // ---- legal ----------------------------------------------------------------------------------

    /** @return true if the message is about a legal problem (wages, injury, contract) */
    static boolean legal(String text) {
        return WAGE.matcher(text).find() || INJURY.matcher(text).find() || LEGAL_OTHER.matcher(text).find();
    }

    /** @return the position of the first legal word, or -1 */
    static int legalAt(String text) {
        int at = -1;
        for (Pattern p : new Pattern[] {WAGE, INJURY, CONTRACT}) {
            Matcher m = p.matcher(text);
            if (m.find() && (at < 0 || m.start() < at)) at = m.start();
        }
        return at;
    }

    /** @return the topic said, or null */
    static LegalTopic topic(String text) {
        if (INJURY.matcher(text).find()) return LegalTopic.WORK_INJURY;
        if (WAGE.matcher(text).find()) return LegalTopic.WAGE_ARREARS;
        if (CONTRACT.matcher(text).find()) return LegalTopic.LABOUR_CONTRACT;
        return null;
    }

    /** @return months unpaid, if said ("两个月", "3个多月", "半年", "two months") */
    static Optional<Integer> months(String text) {
        Matcher m = MONTHS.matcher(text);
        if (!m.find()) return Optional.empty();
        if (m.group(1) != null) {
            return m.group(1).equals("半") ? Optional.empty() : Texts.number(m.group(1));
        }
        if (m.group(2) != null) {
            return Optional.of(switch (m.group(2)) {
                case "半年" -> 6;
                case "大半年" -> 8;
                case "两年" -> 24;
                default -> 12;
            });
        }
        return Texts.number(m.group(3));
    }

    /** @return other workers owed, if said ("还有5个工友", "我们6个人" → 5, "就我一个" → 0) */
    static Optional<Integer> coWorkers(String text) {
        Matcher m = COWORKERS_OTHERS.matcher(text);
        if (m.find()) {
            return count(m.group(1) != null ? m.group(1) : m.group(2));
        }
        Matcher e = EN_COWORKERS.matcher(text);
        if (e.find()) {
            return count(e.group(1));
        }
        Matcher w = COWORKERS_WE.matcher(text);
        if (w.find()) {
            return count(w.group(1) != null ? w.group(1) : w.group(2)).map(n -> Math.max(0, n - 1));
        }
        if (ALONE.matcher(text).find()) {
            return Optional.of(0);
        }
        return Optional.empty();
    }

    private static Optional<Integer> count(String s) {
        String n = s.replace("几", "");
        if (n.equals("十") || s.equals("十几")) return Optional.of(10);
        if (s.startsWith("几")) return Optional.empty();
        return Texts.number(n);
    }

    /** @return the evidence named; empty if none */
    static Set<Evidence> evidence(String text) {
        Set<Evidence> e = EnumSet.noneOf(Evidence.class);
        if (ATTENDANCE.matcher(text).find()) e.add(Evidence.ATTENDANCE_RECORD);
        if (IOU.matcher(text).find()) e.add(Evidence.IOU);
        if (CONTRACT_DOC.matcher(text).find() && !Pattern.compile("没(?:有)?签?(?:劳动)?合同|没签|不签|(?i:no contract)")
                .matcher(text).find()) e.add(Evidence.CONTRACT);
        if (CHAT.matcher(text).find()) e.add(Evidence.CHAT_RECORDS);
        if (PHOTOS.matcher(text).find()) e.add(Evidence.PHOTOS);
        if (PAY_SLIPS.matcher(text).find()) e.add(Evidence.PAY_SLIPS);
        if (STATEMENTS.matcher(text).find()) e.add(Evidence.CO_WORKER_STATEMENTS);
        return e;
    }

    /** @param bare the message through {@link Texts#bare} @return true for "没有" and the like */
    static boolean noEvidence(String bare) {
        return NO_EVIDENCE.matcher(bare).matches();
    }

    /** @return true if the message says it is urgent */
    static boolean urgent(String text) {
        return URGENT.matcher(text).find();
    }

    /**
     * The employer is whoever employs the worker: a company when one is named, even if the worker
     * also names the labour contractor who hired them (issue 10: "包工头姓王，叫王建国，公司是东莞市宏达
     * 建筑工程有限公司" → the company; the contractor is kept apart by {@link #foreman}).
     *
     * @return the employer or contractor as named: a company ("鑫达建筑公司"), else a named contractor
     *         ("包工头老王"), else "包工头" alone; a bare 老板 is not a name
     */
    static Optional<String> employer(String text) {
        Optional<String> company = company(text);
        if (company.isPresent()) {
            return company;
        }
        Matcher c = CONTRACTOR_NAME.matcher(text);
        while (c.find()) {
            String name = c.group(1);
            if (NOT_NAME.indexOf(name.charAt(0)) < 0 || name.startsWith("姓")) {
                return Optional.of(text.substring(c.start(), c.end()).replace("叫", "").replace("是", ""));
            }
        }
        Matcher k = CONTRACTOR.matcher(text);
        if (k.find()) {
            return Optional.of("包工头");
        }
        return Optional.empty();
    }

    /** A contractor's full name given with 叫/名叫 somewhere after the contractor word ("包工头姓王，叫王建国"). */
    private static final Pattern FOREMAN_FULL_NAME = Pattern.compile(
            "(?:包工头|工头|领班|班组长)[^。！？!?]{0,8}?(?:名字叫|名字是|名叫|叫)([\\p{IsHan}]{2,3}?)(?=[，,。；;、！!？?\\s]|$|公司|是|的)");

    /**
     * @return the labour contractor (包工头) by the name the worker gave: a full name said with 叫
     *         ("包工头姓王，叫王建国" → 王建国), else the short name ("包工头老王" → 老王, "包工头姓李" → 姓李);
     *         empty when no contractor is named
     */
    static Optional<String> foreman(String text) {
        Matcher full = FOREMAN_FULL_NAME.matcher(text);
        if (full.find() && NOT_NAME.indexOf(full.group(1).charAt(0)) < 0) {
            return Optional.of(full.group(1));
        }
        Matcher c = CONTRACTOR_NAME.matcher(text);
        while (c.find()) {
            String name = c.group(1);
            if (NOT_NAME.indexOf(name.charAt(0)) < 0 || name.startsWith("姓")) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Endings that make a name an organisation rather than a person. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?:有限公司|公司|集团|工厂|厂|项目部|工程队|施工队|劳务队|餐厅|饭店|酒店|超市|物业)$");

    /** @param name an employer as read, or null @return whether it names an organisation (a company, a factory …) */
    static boolean isCompany(String name) {
        return name != null && ORGANISATION.matcher(name).find();
    }

    /** @return the company named in the message ("东莞市宏达建筑工程有限公司", "鑫达建筑公司"), if any */
    private static Optional<String> company(String text) {
        Matcher m = COMPANY.matcher(text);
        while (m.find()) {
            String s = m.group(1);
            int cut = 0;
            String head = s.replaceAll("(?:有限公司|公司|集团|工厂|厂|项目部|工程队|施工队|劳务队|餐厅|饭店|酒店|超市|物业)$", "");
            for (int i = 0; i < head.length(); i++) {
                if (STOP.indexOf(head.charAt(i)) >= 0) cut = i + 1;
            }
            String name = s.substring(cut);
            if (name.length() >= 3 && !name.startsWith("工厂") && !name.equals("电子厂") && !name.matches("(?:一家|这家|那家|个)?(?:工厂|厂)")) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    // ---- jobs -----------------------------------------------------------------------------------

    /** @return the position of the first jobs word (want or a trade with a want), or -1 */
    static int jobAt(String text) {
        int at = -1;
        for (Pattern p : new Pattern[] {TRAINING, STARTUP, JOB}) {
            Matcher m = p.matcher(text);
            if (m.find() && (at < 0 || m.start() < at)) at = m.start();
        }
        return at;
    }

    /** @return true if only weak job words (上班, 干活, work) or a trade are in the message */
    static boolean jobWeak(String text) {
        return JOB_WEAK.matcher(text).find() || trade(text) != null;
    }

    /** @return what the worker wants from the jobs service, or null */
    static JobWant want(String text) {
        if (TRAINING.matcher(text).find()) return JobWant.TRAINING;
        if (STARTUP.matcher(text).find()) return JobWant.STARTUP;
        if (JOB.matcher(text).find() || JOB_WEAK.matcher(text).find()) return JobWant.JOB;
        return null;
    }

    /** @return the trade named earliest in the message, or null */
    static Trade trade(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Trade best = null;
        int at = Integer.MAX_VALUE;
        int length = 0;
        for (Trade t : Trade.values()) {
            for (String w : t.words()) {
                int i = lower.indexOf(w);
                if (i >= 0 && (i < at || (i == at && w.length() > length))) {
                    best = t;
                    at = i;
                    length = w.length();
                }
            }
        }
        return best;
    }
}
