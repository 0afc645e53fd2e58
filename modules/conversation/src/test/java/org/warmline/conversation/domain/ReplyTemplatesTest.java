package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;

/**
 * Every reply template, filled with the longest plausible values, fits in 3 SMS segments in both
 * languages; the everyday questions fit in one.
 */
class ReplyTemplatesTest {

    /** The longest label any place of the gazetteer gets in a reply (found by scanning every code). */
    private static String longestLabel;
    /** The longest province label. */
    private static String longestProvince;
    /** What a reply echoes of the worker's words at most: 12 characters and an ellipsis. */
    private static final String ECHO = Texts.excerpt("察".repeat(100), 12);

    @BeforeAll
    static void findLongestPlaceLabels() {
        Gazetteer gazetteer = Fixtures.gazetteer();
        DialogRouter engine = Fixtures.engine();
        String longest = "";
        String province = "";
        int places = 0;
        for (int p = 11; p <= 99; p++) {
            for (String code : codesUnder(String.valueOf(p))) {
                Place place = gazetteer.byCode(code).orElse(null);
                if (place == null) continue;
                places++;
                String label = engine.label(place);
                if (label.length() > longest.length()) longest = label;
                if (code.length() == 2 && label.length() > province.length()) province = label;
            }
        }
        assertTrue(places > 3000, "the gazetteer was scanned: " + places + " places");
        longestLabel = longest;
        longestProvince = province;
        System.out.println("longest place label: " + longest + " (" + longest.length() + "), province: " + province);
    }

    private static List<String> codesUnder(String province) {
        List<String> codes = new ArrayList<>(List.of(province));
        for (int c = 1; c <= 99; c++) {
            String city = province + String.format("%02d", c);
            codes.add(city);
            for (int k = 1; k <= 99; k++) {
                codes.add(city + String.format("%02d", k));
            }
        }
        return codes;
    }

    /** The longest arguments of each template; a new template must be added here. */
    private static Map<String, Function<String, Object[]>> longestArguments() {
        Function<String, String> date = lang -> Messages.date(lang, LocalDate.of(2027, 12, 31));
        Function<String, String> options = lang -> {
            List<String> items = new ArrayList<>();
            for (int i = 1; i <= DialogState.MAX_PLACE_OPTIONS; i++) {
                items.add(Messages.format(lang, "place.option", String.valueOf(i), longestLabel));
            }
            return String.join(Messages.format(lang, "place.option.separator"), items);
        };
        Function<String, Object[]> none = lang -> new Object[0];
        Function<String, String> window = lang -> Messages.format(lang, "window.between",
                Messages.date(lang, LocalDate.of(2027, 12, 28)), Messages.date(lang, LocalDate.of(2028, 1, 3)));
        Function<String, String> notes = lang -> Messages.format(lang, "confirm.notes", "en".equals(lang)
                ? "kids, elderly, pregnant, mobility, luggage" : TripReader.notes("带孩子老人孕妇轮椅行李"));
        Function<String, String> confirm = lang -> Messages.format(lang, "confirm", window.apply(lang), longestLabel,
                longestLabel, 60, notes.apply(lang));
        // The longest reply that can follow "recorded, next:" — the next request's first question.
        Function<String, String> longestQuestion = lang -> {
            String longest = "";
            for (String key : List.of("ask.destination", "ask.date", "ask.party", "ask.origin", "ask.topic",
                    "ask.employer", "ask.site", "ask.amount", "ask.months", "ask.coworkers", "ask.evidence", "ask.want",
                    "ask.trade", "ask.trade.training", "ask.location", "ask.location.startup", "ask.available")) {
                String q = Messages.format(lang, key);
                if (SmsSegments.count(q) > SmsSegments.count(longest) || q.length() > longest.length()) {
                    longest = SmsSegments.count(q) >= SmsSegments.count(longest) && q.length() > longest.length() ? q : longest;
                }
            }
            return longest;
        };
        // "Noted. Next: {0}" is measured with the longest question; a full trip confirmation after an
        // intake goes without the prefix when together they would pass three segments (DialogRouter.complete).
        Function<String, String> longestNext = longestQuestion;
        return Map.ofEntries(
                Map.entry("menu", none),
                Map.entry("offer.answered", none),
                Map.entry("ask.destination", none),
                Map.entry("ask.date", none),
                Map.entry("ask.party", none),
                Map.entry("ask.origin", none),
                Map.entry("ask.destination.again", lang -> new Object[] {ECHO}),
                Map.entry("ask.origin.again", lang -> new Object[] {ECHO}),
                Map.entry("party.out-of-range", none),
                Map.entry("place.options", lang -> new Object[] {ECHO, options.apply(lang)}),
                Map.entry("place.option", lang -> new Object[] {"4", longestLabel}),
                Map.entry("place.option.separator", none),
                Map.entry("place.options.again", lang -> new Object[] {options.apply(lang)}),
                Map.entry("place.too-wide", lang -> new Object[] {longestProvince}),
                Map.entry("date.no-such-day.chuxi", lang -> new Object[] {date.apply(lang)}),
                Map.entry("date.no-such-day", lang -> new Object[] {ECHO, date.apply(lang)}),
                Map.entry("date.no-such-day.unknown", lang -> new Object[] {ECHO}),
                Map.entry("confirm", lang -> new Object[] {window.apply(lang), longestLabel, longestLabel, 60,
                        notes.apply(lang)}),
                Map.entry("confirm.notes", lang -> new Object[] {TripReader.notes("带孩子老人孕妇轮椅行李")}),
                Map.entry("confirm.change", lang -> new Object[] {}),
                Map.entry("window.between", lang -> new Object[] {date.apply(lang), date.apply(lang)}),
                Map.entry("window.from", lang -> new Object[] {date.apply(lang)}),
                Map.entry("window.until", lang -> new Object[] {date.apply(lang)}),
                Map.entry("confirmed.next", lang -> new Object[] {longestQuestion.apply(lang)}),
                Map.entry("confirmed.chat.next", lang -> new Object[] {longestQuestion.apply(lang)}),
                Map.entry("legal.recorded.next", lang -> new Object[] {longestNext.apply(lang)}),
                Map.entry("job.recorded.next", lang -> new Object[] {longestNext.apply(lang)}),
                Map.entry("help", none),
                Map.entry("handoff.asked", none),
                // a hotline as long as a city's fixed-line number, though the default is 12351
                Map.entry("handoff.danger", lang -> new Object[] {"0755-12345678"}),
                Map.entry("handoff.danger.noted", none),
                Map.entry("handoff.not-understood", none),
                Map.entry("handoff.waiting", none),
                Map.entry("optout.done", none),
                Map.entry("optin.done", none),
                Map.entry("restarted.menu", none),
                Map.entry("ask.topic", none),
                Map.entry("ask.employer", none),
                Map.entry("ask.site", none),
                Map.entry("ask.amount", none),
                Map.entry("ask.months", none),
                Map.entry("ask.coworkers", none),
                Map.entry("ask.evidence", none),
                Map.entry("ask.want", none),
                Map.entry("ask.trade", none),
                Map.entry("ask.trade.training", none),
                Map.entry("ask.location", none),
                Map.entry("ask.location.startup", none),
                Map.entry("ask.available", none),
                Map.entry("confirmed", none),
                Map.entry("confirmed.chat", none),
                Map.entry("restarted", none),
                Map.entry("legal.ask", none),
                Map.entry("job.ask", none),
                Map.entry("legal.recorded", none),
                Map.entry("job.recorded", none),
                Map.entry("change.confirm", lang -> new Object[] {changeQuestion(lang)}),
                Map.entry("change.refused", lang -> new Object[] {"en".equals(lang)
                        ? "Your bus has only 59 free seats, not enough for 60 people (a party is never split). Reply"
                        + " \"operator\" and a person will look for a way."
                        : "您的车只剩59个空座，坐不下60人（同行的人不拆开坐）。请回复“人工”，由工作人员帮您想办法。"}),
                Map.entry("change.done", none),
                Map.entry("change.kept", none),
                Map.entry("change.none", none),
                Map.entry("change.what", none),
                Map.entry("change.party-range", none),
                Map.entry("change.no-such-day", lang -> new Object[] {ECHO, date.apply(lang)}),
                Map.entry("change.no-such-day.unknown", lang -> new Object[] {ECHO}),
                Map.entry("change.place-unclear", lang -> new Object[] {ECHO}),
                Map.entry("ask.site.project", none),
                Map.entry("ask.months.ended", none),
                Map.entry("case.status", lang -> new Object[] {"9999999", Messages.format(lang, "case.step.REJECTED"),
                        Messages.format(lang, "case.since", date.apply(lang)), Messages.format(lang, "case.next.on",
                                Messages.format(lang, "case.next.INSPECTION_WINDOW"), date.apply(lang))}),
                Map.entry("case.since", lang -> new Object[] {date.apply(lang)}),
                Map.entry("case.next", lang -> new Object[] {Texts.excerpt("察".repeat(40), 20)}),
                Map.entry("case.next.on", lang -> new Object[] {Texts.excerpt("察".repeat(40), 20), date.apply(lang)}),
                Map.entry("case.next.OTHER", none),
                Map.entry("case.next.ARBITRATION_LIMITATION", none),
                Map.entry("case.next.INSPECTION_WINDOW", none),
                Map.entry("case.next.LEGAL_AID_DECISION", none),
                Map.entry("case.next.LAWYER_ASSIGNMENT", none),
                Map.entry("case.next.MEDIATION_END", none),
                Map.entry("case.next.INSPECTION_ACCEPTANCE", none),
                Map.entry("case.next.INSPECTION_INVESTIGATION", none),
                Map.entry("case.next.ARBITRATION_ACCEPTANCE", none),
                Map.entry("case.next.ARBITRATION_AWARD", none),
                Map.entry("case.step.INTAKE", none),
                Map.entry("case.step.SCREENING", none),
                Map.entry("case.step.ACCEPTED", none),
                Map.entry("case.step.REJECTED", none),
                Map.entry("case.step.ASSIGNED", none),
                Map.entry("case.step.MEDIATION", none),
                Map.entry("case.step.INSPECTION", none),
                Map.entry("case.step.ARBITRATION", none),
                Map.entry("case.step.COURT", none),
                Map.entry("case.step.CLOSED", none),
                Map.entry("case.step.OTHER", none),
                Map.entry("case.none", none),
                Map.entry("case.none.later", none));
    }

    /**
     * The longest question returnhome writes about a change (its bundle {@code changes}: summary, new
     * value, leaving the trip), with the longest place names on both ends.
     */
    private static String changeQuestion(String lang) {
        if ("en".equals(lang)) {
            String place = "Akqi, Kizilsu Kirghiz, Xinjiang";
            return "Your trip request (Dec 31, " + place + " to " + place + ", 60 people) will go to " + place
                    + " instead. After the change you cannot take the bus you were given: the seat goes to someone"
                    + " else and you go on the waitlist.";
        }
        return "您的返乡申请（12月31日，" + longestLabel + "→" + longestLabel + "，60人）的目的地将改为" + longestLabel
                + "。改后不能坐原定的车，座位会让给别人，您将排入候补。";
    }

    @Test
    void bothLanguagesHaveTheSameTemplatesAndEachHasItsLongestArguments() {
        Set<String> zh = new TreeSet<>(Messages.bundle("zh").keySet());
        Set<String> en = new TreeSet<>(Messages.bundle("en").keySet());
        assertEquals(zh, en);
        assertEquals(zh, new TreeSet<>(longestArguments().keySet()));
        assertEquals(zh, new TreeSet<>(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT).keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyTemplateWithTheLongestValuesFitsInThreeSmsSegments(String language) {
        StringBuilder report = new StringBuilder();
        longestArguments().forEach((key, args) -> {
            String reply = Messages.format(language, key, args.apply(language));
            assertFalse(reply.contains("{") || reply.contains("}"), key + ": unfilled " + reply);
            int segments = SmsSegments.count(reply);
            report.append(String.format("%s %-24s %d seg, %3d chars%n", language, key, segments, reply.length()));
            assertTrue(segments <= 3, key + " needs " + segments + " segments: " + reply);
        });
        System.out.print(report);
    }

    @Test
    void everydayChineseQuestionsFitInOneSms() {
        for (String key : List.of("menu", "ask.destination", "ask.date", "ask.party", "ask.origin",
                "ask.destination.again", "ask.origin.again", "party.out-of-range", "date.no-such-day.chuxi",
                "confirmed", "restarted", "legal.ask", "job.ask", "legal.recorded", "job.recorded", "handoff.asked",
                "handoff.danger", "handoff.danger.noted", "confirmed.chat", "handoff.not-understood", "handoff.waiting", "optout.done", "optin.done", "restarted.menu", "ask.topic",
                "ask.employer", "ask.site", "ask.amount", "ask.months", "ask.coworkers", "ask.evidence", "ask.want",
                "ask.trade", "ask.trade.training", "ask.location", "ask.location.startup", "ask.available")) {
            String reply = Messages.format("zh", key, longestArguments().get(key).apply("zh"));
            assertTrue(reply.length() <= 70, key + " is " + reply.length() + " characters: " + reply);
        }
    }

    @Test
    void typicalChineseConfirmationFitsInOneSms() {
        String reply = Messages.format("zh", "confirm", "2027年1月29日", "浙江杭州", "安徽六安", 2, "");
        assertEquals("请确认：2027年1月29日 从浙江杭州到安徽六安，2人。回复1确认，2修改", reply);
        assertEquals(1, SmsSegments.count(reply));
    }

    @Test
    void englishPartySizeIsSingularForOnePerson() {
        assertTrue(Messages.format("en", "confirm", "25 Jan 2027", "广州", "湖南衡阳", 1, "").contains(", 1 person."));
        assertTrue(Messages.format("en", "confirm", "25 Jan 2027", "广州", "湖南衡阳", 2, "").contains(", 2 people."));
    }

    @Test
    void everyEnglishTemplateWithoutPlaceNamesFitsInOneOrTwoGsmSegments() {
        for (String key : Messages.bundle("en").keySet()) {
            String reply = Messages.format("en", key, "x", "y", "z", 2, "");
            if (reply.contains("腊月")) continue; // the lunar-month name stays Chinese
            assertTrue(SmsSegments.isGsm7(reply), key + " is not GSM-7: " + reply);
            assertTrue(SmsSegments.count(reply) <= 2, key + ": " + reply);
        }
    }

    @Test
    void englishApostrophesSurviveMessageFormat() {
        assertTrue(Messages.format("en", "date.no-such-day.chuxi", "5 Feb 2027").contains("New Year's Eve"));
    }

    @Test
    void chineseRepliesStayChineseWhenTheServerDefaultLocaleIsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            assertEquals("您好，这里是暖心热线。回复1 返乡 2 欠薪 3 找工作", Messages.format("zh", "menu"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void segmentCounterFollowsGsmAndUcs2Limits() {
        assertEquals(1, SmsSegments.count("a".repeat(160)));
        assertEquals(2, SmsSegments.count("a".repeat(161)));
        assertEquals(3, SmsSegments.count("a".repeat(459)));
        assertEquals(4, SmsSegments.count("a".repeat(460)));
        assertEquals(2, SmsSegments.count("[".repeat(81)), "extension characters count twice");
        assertEquals(1, SmsSegments.count("回".repeat(70)));
        assertEquals(2, SmsSegments.count("回".repeat(71)));
        assertEquals(3, SmsSegments.count("回".repeat(201)));
        assertEquals(4, SmsSegments.count("回".repeat(202)));
        assertEquals(2, SmsSegments.count("a".repeat(69) + "’".repeat(2)), "one non-GSM character makes it UCS-2");
    }
}
