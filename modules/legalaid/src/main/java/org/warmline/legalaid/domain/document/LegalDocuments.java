package org.warmline.legalaid.domain.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warmline.legalaid.domain.document.LegalDocument.Kind;
import org.warmline.legalaid.domain.document.LegalDocument.Paragraph;
import org.warmline.legalaid.domain.document.LegalDocument.Section;

/**
 * Fills the two case documents from a case's facts, in Chinese (the document filed) or English (for staff
 * who read English). Texts come from {@code org/warmline/legalaid/documents[_en].properties}.
 *
 * <ul>
 *   <li>The arbitration application carries the items of the Labour Dispute Mediation and Arbitration Law
 *       Art. 28: the applicants (劳动者), the respondent (用人单位, with blanks for its address and legal
 *       representative, which the worker rarely knows), the claims (仲裁请求) and the facts and reasons
 *       (事实和理由) with the worker's own words quoted, then the evidence and its source.</li>
 *   <li>The labour-inspection complaint names the complainants, the employer and project, the request
 *       (order payment; Decree 724 Art. 29/30 for the party that pays first) and notes the two-year window
 *       of the Regulations on Labour Security Supervision Art. 20.</li>
 * </ul>
 * Phones are printed as the facts carry them (masked unless the caller revealed them).
 */
public final class LegalDocuments {

    private static final String BUNDLE = "org.warmline.legalaid.documents";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

    private final ResourceBundle text;
    private final boolean english;

    /** @param language "en" for English, anything else Chinese */
    public LegalDocuments(String language) {
        this.english = "en".equals(language);
        this.text = ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param f the case's facts
     * @return the filled arbitration application (LDMAL Art. 28)
     */
    public LegalDocument arbitrationApplication(DocumentFacts f) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(say("arb.applicant"), claimants(f, "claimant")));

        List<Paragraph> respondents = new ArrayList<>();
        respondents.add(Paragraph.of(say("respondentEmployer", Map.of("name", orBlank(f.employerAsNamed())))));
        respondents.addAll(chain(f));
        sections.add(new Section(say("arb.respondent"), respondents));

        List<Paragraph> claims = new ArrayList<>();
        claims.add(Paragraph.of(say("arb.claimWages", Map.of("amount", yuan(f.amountOwedFen()), "period", period(f)))));
        if (f.firstPayer() != null && !same(f.firstPayer().name(), f.employerAsNamed())) {
            claims.add(Paragraph.of(say("arb.claimFirstPayer",
                    Map.of("name", f.firstPayer().name(), "article", f.firstPayer().article()))));
        }
        sections.add(new Section(say("arb.claims"), claims));

        List<Paragraph> facts = new ArrayList<>(facts(f));
        facts.add(Paragraph.of(say("arb.law")));
        sections.add(new Section(say("arb.facts"), facts));
        sections.add(new Section(say("arb.evidence"), evidence(f)));

        List<Paragraph> footer = List.of(Paragraph.of(say("case", Map.of("id", f.caseId()))),
                Paragraph.of(say("arb.to")), Paragraph.of(say("arb.committee")), Paragraph.of(say("arb.sign")),
                Paragraph.of(say("arb.date", Map.of("date", date(f.preparedOn())))), Paragraph.of(say("masked")));
        return new LegalDocument(Kind.ARBITRATION_APPLICATION, english ? "en" : "zh", say("arb.title"), sections, footer);
    }

    /**
     * @param f the case's facts
     * @return the filled labour-inspection complaint (Regulations on Labour Security Supervision Art. 9, 20)
     */
    public LegalDocument inspectionComplaint(DocumentFacts f) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(say("insp.complainant"), claimants(f, "insp.claimant")));

        List<Paragraph> respondent = new ArrayList<>();
        respondent.add(Paragraph.of(say("insp.respondentEmployer", Map.of("name", orBlank(f.employerAsNamed())))));
        respondent.add(Paragraph.of(say("insp.project",
                Map.of("project", orUnknown(f.projectName()), "site", orUnknown(f.siteName())))));
        respondent.addAll(chain(f));
        sections.add(new Section(say("insp.respondent"), respondent));

        List<Paragraph> matters = new ArrayList<>();
        matters.add(Paragraph.of(say("insp.matter", Map.of("amount", yuan(f.amountOwedFen()), "period", period(f)))));
        if (f.firstPayer() != null && !same(f.firstPayer().name(), f.employerAsNamed())) {
            matters.add(Paragraph.of(say("insp.matterFirstPayer",
                    Map.of("name", f.firstPayer().name(), "article", f.firstPayer().article()))));
        }
        matters.add(Paragraph.of(say("insp.window")));
        sections.add(new Section(say("insp.matters"), matters));
        sections.add(new Section(say("insp.facts"), facts(f)));
        sections.add(new Section(say("insp.evidence"), evidence(f)));

        List<Paragraph> footer = List.of(Paragraph.of(say("case", Map.of("id", f.caseId()))),
                Paragraph.of(say("insp.to")), Paragraph.of(say("insp.office")), Paragraph.of(say("insp.sign")),
                Paragraph.of(say("insp.date", Map.of("date", date(f.preparedOn())))), Paragraph.of(say("masked")));
        return new LegalDocument(Kind.INSPECTION_COMPLAINT, english ? "en" : "zh", say("insp.title"), sections, footer);
    }

    private List<Paragraph> claimants(DocumentFacts f, String key) {
        List<Paragraph> out = new ArrayList<>();
        int n = 1;
        for (DocumentFacts.Claimant c : f.claimants()) {
            String amount = c.amountOwedFen() == null ? ""
                    : say("claimantAmount", Map.of("amount", yuan(c.amountOwedFen())));
            String number = f.claimants().size() == 1 ? "" : (english ? String.valueOf(n) : chineseOrdinal(n));
            out.add(Paragraph.of(say(key, Map.of("n", number, "name",
                    c.label() == null || c.label().isBlank() ? say("nameBlank") : c.label(),
                    "phone", c.phone() == null ? say("unknown") : c.phone(), "amount", amount))));
            n++;
        }
        return out;
    }

    private List<Paragraph> chain(DocumentFacts f) {
        List<Paragraph> out = new ArrayList<>();
        for (DocumentFacts.ChainParty p : f.chain()) {
            if (same(p.name(), f.employerAsNamed())) {
                continue;
            }
            out.add(Paragraph.of(say("respondentChain", Map.of("role", role(p.role()), "name", orBlank(p.name())))));
        }
        if (f.firstPayer() != null) {
            out.add(Paragraph.of(say("firstPayer" + f.firstPayer().article(), Map.of("name", f.firstPayer().name()))));
        }
        return out;
    }

    private List<Paragraph> facts(DocumentFacts f) {
        List<Paragraph> out = new ArrayList<>();
        out.add(Paragraph.of(say("arb.worked", Map.of("period", period(f), "project", orUnknown(f.projectName()),
                "site", orUnknown(f.siteName()), "trade", orUnknown(f.trade())))));
        String months = f.monthsUnpaid() == null ? "" : say("arb.months", Map.of("n", f.monthsUnpaid()));
        out.add(Paragraph.of(say("arb.unpaid", Map.of("months", months, "amount", yuan(f.amountOwedFen())))));
        if (Boolean.TRUE.equals(f.employmentEnded())) {
            out.add(Paragraph.of(say("arb.ended", Map.of("date", f.endedOn() == null ? say("unknown") : date(f.endedOn())))));
        } else if (Boolean.FALSE.equals(f.employmentEnded())) {
            out.add(Paragraph.of(say("arb.ongoing")));
        }
        if (f.absconded()) {
            out.add(Paragraph.of(say("arb.absconded")));
        }
        List<String> words = f.workerWords().stream().filter(w -> w != null && !w.isBlank()).toList();
        if (!words.isEmpty()) {
            out.add(Paragraph.of(say("words")));
            words.forEach(w -> out.add(Paragraph.quote(w)));
        }
        return out;
    }

    private List<Paragraph> evidence(DocumentFacts f) {
        List<Paragraph> out = new ArrayList<>();
        List<String> held = f.evidenceHeld().stream().filter(k -> !"EMPLOYER_HOLDS_LEDGER".equals(k))
                .map(k -> text.containsKey("evidence." + k) ? text.getString("evidence." + k) : k).toList();
        out.add(Paragraph.of(held.isEmpty() ? say("evidenceNone")
                : say("evidenceHeld", Map.of("list", String.join(english ? ", " : "、", held)))));
        if (held.isEmpty() || f.evidenceHeld().contains("EMPLOYER_HOLDS_LEDGER")) {
            out.add(Paragraph.of(say("evidenceLedger")));
        }
        out.add(Paragraph.of(say("evidenceNote")));
        return out;
    }

    private String period(DocumentFacts f) {
        if (f.workedFrom() == null) {
            return say("unknown");
        }
        LocalDate to = f.workedTo() != null ? f.workedTo() : f.endedOn();
        return to == null ? say("periodOpen", Map.of("from", date(f.workedFrom())))
                : say("period", Map.of("from", date(f.workedFrom()), "to", date(to)));
    }

    private String role(String role) {
        return text.containsKey("role." + role) ? text.getString("role." + role) : role;
    }

    /** @param fen an amount in fen @return yuan with two decimals and thousands separators, e.g. "12,345.60元" */
    String yuan(long fen) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return say("yuan", Map.of("amount", format.format(BigDecimal.valueOf(fen, 2))));
    }

    private String date(LocalDate d) {
        return english ? d.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
                : d.format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
    }

    private String orBlank(String s) {
        return s == null || s.isBlank() ? say("blank") : s;
    }

    private String orUnknown(String s) {
        return s == null || s.isBlank() ? say("unknown") : s;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equals(b.strip());
    }

    private static String chineseOrdinal(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return n <= 10 ? digits[n] : String.valueOf(n);
    }

    private String say(String key) {
        return text.getString(key);
    }

    // one pass over the pattern: a value (worker text) that contains "{name}" is never filled again
    private String say(String key, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(text.getString(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : String.valueOf(v)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** @return the document's title lines joined, for logs and tests */
    @Override
    public String toString() {
        return "LegalDocuments[" + (english ? "en" : "zh") + "]";
    }
}
