package org.warmline.conversation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.conversation.domain.DialogState.TripSlots;
import org.warmline.conversation.domain.ServiceDialog.Outcome;
import org.warmline.core.domain.place.EnglishNames;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceLevel;

/**
 * The dialog's one reply composer: every text the router and the service dialogs send, from the
 * {@code org.warmline.conversation.messages} bundles (zh-CN first, en second) — questions, place labels
 * and numbered option lists, the trip confirmation, travel days and windows. Pure and thread-safe.
 */
final class Replies {

    /** The most characters of a worker's words echoed back in a reply ("“xx”是哪里？"). */
    static final int ECHO_LENGTH = 12;

    private final DialogReaders readers;

    /** @param readers the gazetteer behind the place labels */
    Replies(DialogReaders readers) {
        this.readers = readers;
    }

    /**
     * @param lang zh or en
     * @param key  a bundle key
     * @param args its arguments
     * @return the text in that language
     */
    String text(String lang, String key, Object... args) {
        return Messages.format(lang, key, args);
    }

    /**
     * @param next the state after the reply
     * @param lang zh or en
     * @param key  a bundle key
     * @param args its arguments
     * @return a reply without actions
     */
    Outcome.Reply reply(DialogState next, String lang, String key, Object... args) {
        return new Outcome.Reply(next, text(lang, key, args), List.of());
    }

    /** The case steps worded in the bundles ({@code case.step.*}); any other is "being handled". */
    private static final java.util.Set<String> CASE_STEPS = java.util.Set.of("INTAKE", "SCREENING", "ACCEPTED",
            "REJECTED", "ASSIGNED", "MEDIATION", "INSPECTION", "ARBITRATION", "COURT", "CLOSED");

    /**
     * The answer to "我的案子怎么样了": the case number, its step and since when, and what comes next with its
     * date when legal aid knows one ("下一步：劳动仲裁开庭，2027年1月15日"), within two SMS segments.
     *
     * @param c    legal aid's status of the case
     * @param lang zh or en
     * @return the text in that language
     */
    String caseStatus(CaseProgress c, String lang) {
        String step = text(lang, "case.step." + (CASE_STEPS.contains(c.step()) ? c.step() : "OTHER"));
        String since = c.since() == null ? "" : text(lang, "case.since", Messages.date(lang, c.since()));
        String next = "";
        if (c.nextDate() != null || c.nextWhat() != null) {
            String what = c.nextWhat() == null ? text(lang, "case.next.OTHER") : nextWhat(c.nextWhat(), lang);
            next = c.nextDate() == null ? text(lang, "case.next", what)
                    : text(lang, "case.next.on", what, Messages.date(lang, c.nextDate()));
        }
        return text(lang, "case.status", String.valueOf(c.caseId()), step, since, next).strip();
    }

    /** What comes next, worded from the bundle when it is a known code, else as legal aid wrote it (cut). */
    private String nextWhat(String what, String lang) {
        String key = "case.next." + what;
        return Messages.bundle(lang).containsKey(key) ? text(lang, key) : Texts.excerpt(what, 20);
    }

    /** @param step a legal or jobs question @return its bundle key ("menu" for any other step) */
    static String questionKey(Step step) {
        return switch (step) {
            case ASK_TOPIC -> "ask.topic";
            case ASK_EMPLOYER -> "ask.employer";
            case ASK_SITE -> "ask.site";
            case ASK_AMOUNT -> "ask.amount";
            case ASK_MONTHS -> "ask.months";
            case ASK_COWORKERS -> "ask.coworkers";
            case ASK_EVIDENCE -> "ask.evidence";
            case ASK_WANT -> "ask.want";
            case ASK_TRADE -> "ask.trade";
            case ASK_LOCATION -> "ask.location";
            case ASK_AVAILABLE -> "ask.available";
            default -> "menu";
        };
    }

    /**
     * Asks about a problem: the numbered options of an ambiguous place, dates and places in the
     * worker's language.
     *
     * @param p    the problem
     * @param s    the state with the slots read so far
     * @param lang zh or en
     * @return the question, the state waiting at the problem's step
     */
    Outcome.Reply ask(Problem p, DialogState s, String lang) {
        DialogState next = p.options().isEmpty() ? s.withStep(p.step()) : s.withOptions(p.step(), p.options());
        Object[] args = p.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalDate d) args[i] = Messages.date(lang, d);
            if (args[i] instanceof Place place) args[i] = DialogState.EN.equals(lang) ? englishLabel(place) : label(place);
        }
        if (!p.options().isEmpty()) {
            args[1] = optionList(lang, p.options());
        }
        return new Outcome.Reply(next, text(lang, p.key(), args), List.of());
    }

    /**
     * The draft trip request shown for confirmation ("1确认，2修改"), with the worker's notes (in English
     * as short words).
     *
     * @param s    a state with complete trip slots
     * @param lang zh or en
     * @return the confirmation text
     */
    String confirmation(DialogState s, String lang) {
        TripSlots t = s.trip();
        String said = t.notes();
        if (said != null && DialogState.EN.equals(lang)) {
            said = said.replace("带小孩", "kids").replace("有老人", "elderly").replace("有孕妇", "pregnant")
                    .replace("行动不便", "mobility").replace("行李多", "luggage").replace("、", ", ");
        }
        String notes = said == null ? "" : text(lang, "confirm.notes", said);
        return text(lang, "confirm", when(lang, t), labelOf(t.originCode(), lang), labelOf(t.destinationCode(), lang),
                t.partySize(), notes);
    }

    /** The travel day or window as a worker reads it: 2027年1月29日, 1月26日至2月1日, 1月25日以后. */
    static String when(String lang, TripSlots t) {
        LocalDate day = t.travelDate();
        LocalDate e = t.earliestDate();
        LocalDate l = t.latestDate();
        if ((e == null || e.equals(day)) && (l == null || l.equals(day)) && e != null && l != null) {
            return Messages.date(lang, day);
        }
        if (e != null && l != null) {
            return Messages.format(lang, "window.between", Messages.date(lang, e), Messages.date(lang, l));
        }
        if (e != null) {
            return Messages.format(lang, "window.from", Messages.date(lang, e));
        }
        if (l != null) {
            return Messages.format(lang, "window.until", Messages.date(lang, l));
        }
        return Messages.date(lang, day);
    }

    /**
     * @param lang  zh or en
     * @param codes place codes offered
     * @return the numbered list "1. 安徽六安 2. …" in that language
     */
    String optionList(String lang, List<String> codes) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            items.add(text(lang, "place.option", String.valueOf(i + 1), labelOf(codes.get(i), lang)));
        }
        return String.join(text(lang, "place.option.separator"), items);
    }

    private String labelOf(String code, String language) {
        return readers.byCode(code).map(p -> DialogState.EN.equals(language) ? englishLabel(p) : label(p)).orElse(code);
    }

    /**
     * How a place is shown in an English reply: pinyin names from the smallest to the province, e.g.
     * "Lu'an, Anhui", "Wanzhou, Chongqing", "Hengnan, Hengyang, Hunan" ({@link EnglishNames}).
     *
     * @param p a place of the gazetteer
     * @return its English label
     */
    String englishLabel(Place p) {
        List<String> parts = new ArrayList<>();
        parts.add(EnglishNames.of(shortName(p)));
        if (p.level() == PlaceLevel.COUNTY && p.cityCode() != null) {
            readers.byCode(p.cityCode()).filter(c -> !c.name().contains("辖"))
                    .map(c -> EnglishNames.of(shortName(c))).ifPresent(parts::add);
        }
        if (p.level() != PlaceLevel.PROVINCE) {
            readers.byCode(p.provinceCode()).map(c -> EnglishNames.of(shortName(c))).ifPresent(parts::add);
        }
        return String.join(", ", parts.stream().distinct().toList());
    }

    /**
     * How a place is shown to a worker: province, city and county without their suffixes where
     * that stays clear — 安徽六安, 重庆万州区, 北京朝阳区, 吉林长春朝阳区, 湖南衡阳衡南县.
     *
     * @param p a place of the gazetteer
     * @return its label
     */
    String label(Place p) {
        String own = shortName(p);
        if (p.level() == PlaceLevel.PROVINCE) {
            return own;
        }
        String province = readers.byCode(p.provinceCode()).map(Replies::shortName).orElse("");
        String city = "";
        if (p.level() == PlaceLevel.COUNTY && p.cityCode() != null) {
            city = readers.byCode(p.cityCode())
                    .filter(c -> !c.name().contains("辖"))
                    .map(Replies::shortName).orElse("");
        }
        String name = p.level() == PlaceLevel.COUNTY ? p.name() : own;
        StringBuilder b = new StringBuilder();
        if (!name.startsWith(province) && !city.startsWith(province)) {
            b.append(province);
        }
        if (!name.startsWith(city) && !city.equals(province)) {
            b.append(city);
        }
        return b.append(name).toString();
    }

    private static String shortName(Place p) {
        String s = p.shortName();
        return s == null || s.isBlank() ? p.name() : s;
    }
}
