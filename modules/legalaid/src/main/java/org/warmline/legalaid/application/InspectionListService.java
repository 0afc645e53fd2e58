package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.warmline.core.application.AuditLog;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.infrastructure.export.TableExport;
import org.warmline.legalaid.domain.CaseParty;
import org.warmline.legalaid.domain.EvidenceKind;
import org.warmline.legalaid.domain.FirstPayer;
import org.warmline.legalaid.domain.group.CaseGroup;
import org.warmline.legalaid.domain.group.CaseGroupRepository;
import org.warmline.legalaid.domain.linking.GroupFlag;
import org.warmline.legalaid.domain.linking.GroupFlagRule;

/**
 * The list for the wage-payment inspection (工资支付专项检查; issue 12 point 5): employers and projects — the
 * collective groups with an open case — ranked by workers, then amount owed, each with the party that pays
 * first under Decree 724 ({@link FirstPayer}, from the largest case with a contractor chain), the linked cases
 * and their evidence status; as rows for JSON and as a table for the CSV and XLSX exports (core's
 * {@link TableExport}: the trip exports' formula-injection rule). Only groups with a case the caller sees
 * ({@link CaseAccess}); each read is audited.
 */
@ApplicationScoped
@Transactional
public class InspectionListService {

    /** Most rows one list returns. */
    public static final int MAX_LIMIT = 2000;

    private static final String BUNDLE = "org.warmline.legalaid.groups";

    @Inject
    CaseGroupRepository groups;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    private final GroupFlagRule flagRule = new GroupFlagRule();

    /**
     * The party that pays first.
     *
     * @param role    CLIENT, GENERAL_CONTRACTOR, SUBCONTRACTOR or FOREMAN
     * @param name    as recorded
     * @param article "Art. 29", "Art. 30", or null for the employer itself
     */
    public record Payer(String role, String name, String article) { }

    /**
     * One linked case.
     *
     * @param caseId          the case
     * @param step            its step code
     * @param evidenceHeld    kinds held
     * @param evidenceMissing kinds not held
     */
    public record CaseLine(long caseId, String step, List<String> evidenceHeld, List<String> evidenceMissing) { }

    /**
     * One employer or project.
     *
     * @param rank         1-based
     * @param groupId      the group
     * @param employer     the employer as most claimants named it
     * @param projectName  the main project, may be null
     * @param siteCode     the main site's code
     * @param site         the site's name ("浙江 杭州 西湖区"), may be null
     * @param workers      distinct workers
     * @param owedFen      total owed, fen
     * @param recoveredFen total recovered, fen
     * @param flags        the group's flags
     * @param firstPayer   who pays first, or null when no case has a chain
     * @param cases        the linked cases the caller sees
     */
    public record Row(int rank, long groupId, String employer, String projectName, String siteCode, String site,
                      int workers, long owedFen, long recoveredFen, List<GroupFlag> flags, Payer firstPayer,
                      List<CaseLine> cases) { }

    /**
     * @param caller who asks (a case role, else 403, audited)
     * @param limit  1..{@link #MAX_LIMIT}
     * @return the ranked rows
     * @throws InvalidInput for a bad limit
     */
    public List<Row> list(CaseAccess.Caller caller, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput(Map.of("limit", "1.." + MAX_LIMIT));
        }
        Optional<Set<String>> visible = access.visibleCentres(caller);
        List<CaseGroup> ranked = groups.ranked(visible.orElse(null), true, 0, limit);
        if (ranked.isEmpty()) {
            audit.record(caller.username(), "inspection-list.read", "case-group", "list", "0 groups");
            return List.of();
        }
        List<Long> groupIds = ranked.stream().map(CaseGroup::id).toList();
        Map<Long, List<CaseGroupRepository.MemberCase>> byGroup = new LinkedHashMap<>();
        int seen = 0;
        for (CaseGroupRepository.MemberCase m : groups.memberCases(groupIds)) {
            if (visible.isEmpty() || m.centreId() != null && visible.get().contains(m.centreId())) {
                byGroup.computeIfAbsent(m.groupId(), k -> new ArrayList<>()).add(m);
                seen++;
            }
        }
        Map<Long, Map<EvidenceKind, Boolean>> evidence = groups.evidence(groupIds);
        Map<Long, List<CaseParty>> chains = groups.chains(groupIds);
        Gazetteer places = Gazetteer.load();
        List<Row> rows = new ArrayList<>();
        for (CaseGroup g : ranked) {
            List<CaseGroupRepository.MemberCase> members = byGroup.getOrDefault(g.id(), List.of());
            Payer payer = members.stream().filter(m -> chains.containsKey(m.caseId()))
                    .max(Comparator.comparingLong((CaseGroupRepository.MemberCase m) ->
                            m.amountOwedFen() == null ? 0 : m.amountOwedFen())
                            .thenComparing(CaseGroupRepository.MemberCase::caseId, Comparator.reverseOrder()))
                    .flatMap(m -> FirstPayer.of(chains.get(m.caseId()), new FirstPayer.Facts(
                            Boolean.TRUE.equals(m.clientPaidLate()), Boolean.TRUE.equals(m.illegalSubcontract()))))
                    .map(p -> new Payer(p.role().name(), p.name(), p.article())).orElse(null);
            List<CaseLine> lines = members.stream()
                    .map(m -> line(m, evidence.getOrDefault(m.caseId(), Map.of()))).toList();
            String site = g.siteCode() == null ? null
                    : places.byCode(g.siteCode()).map(p -> places.label(p, false)).orElse(null);
            rows.add(new Row(rows.size() + 1, g.id(), g.label(), g.projectName(), g.siteCode(), site, g.workers(),
                    g.owedFen(), g.recoveredFen(),
                    g.flags().stream().map(k -> flagRule.describe(k, g.siteCode(), g.workers(), g.owedFen())).toList(),
                    payer, lines));
        }
        audit.record(caller.username(), "inspection-list.read", "case-group", "list",
                rows.size() + " groups, " + seen + " cases");
        return rows;
    }

    /**
     * @param member   a member case
     * @param checklist its evidence checklist (kind → held)
     * @return the case's line: step, kinds held, kinds not held (every kind the checklist does not mark held)
     */
    static CaseLine line(CaseGroupRepository.MemberCase member, Map<EvidenceKind, Boolean> checklist) {
        EnumSet<EvidenceKind> held = EnumSet.noneOf(EvidenceKind.class);
        checklist.forEach((kind, has) -> {
            if (has) {
                held.add(kind);
            }
        });
        EnumSet<EvidenceKind> missing = EnumSet.complementOf(held);
        return new CaseLine(member.caseId(), member.step(), held.stream().map(Enum::name).toList(),
                missing.stream().map(Enum::name).toList());
    }

    /**
     * @param rows    the list
     * @param english true for English headers and words, Chinese otherwise
     * @return the list as a table for {@link TableExport#csv()} and {@link TableExport#xlsx(String)}; amounts
     *         in yuan
     */
    public TableExport table(List<Row> rows, boolean english) {
        ResourceBundle words = words(english);
        List<String> header = List.of("rank", "group", "employer", "project", "site", "workers", "owed", "recovered",
                "flags", "firstPayer", "article", "cases", "evidence").stream()
                .map(k -> words.getString("header." + k)).toList();
        String sep = words.getString("list.separator");
        List<List<Object>> out = new ArrayList<>();
        for (Row r : rows) {
            List<Object> row = new ArrayList<>();
            row.add(r.rank());
            row.add(r.groupId());
            row.add(r.employer());
            row.add(r.projectName());
            row.add(r.site() != null ? r.site() : r.siteCode());
            row.add(r.workers());
            row.add(yuan(r.owedFen()));
            row.add(yuan(r.recoveredFen()));
            row.add(r.flags().stream().map(f -> flagText(words, f)).collect(Collectors.joining(sep)));
            row.add(r.firstPayer() == null ? null
                    : words.getString("role." + r.firstPayer().role()) + " " + r.firstPayer().name());
            row.add(r.firstPayer() == null ? null
                    : r.firstPayer().article() == null ? words.getString("article.own") : r.firstPayer().article());
            row.add(r.cases().stream().map(c -> String.valueOf(c.caseId())).collect(Collectors.joining(sep)));
            row.add(r.cases().stream().map(c -> MessageFormat.format(words.getString("evidence.case"), String.valueOf(c.caseId()),
                    words.getString("step." + c.step()), kinds(words, c.evidenceHeld(), sep),
                    kinds(words, c.evidenceMissing(), sep))).collect(Collectors.joining("; ")));
            out.add(row);
        }
        return new TableExport(header, out);
    }

    /** @param english English or Chinese @return the XLSX sheet's name */
    public String sheetName(boolean english) {
        return words(english).getString("sheet");
    }

    /**
     * @param flag    a flag
     * @param english English or Chinese
     * @return the flag's reason for staff, with its figures and source
     */
    public static String flagText(GroupFlag flag, boolean english) {
        return flagText(words(english), flag);
    }

    private static String flagText(ResourceBundle words, GroupFlag f) {
        return MessageFormat.format(words.getString("flag." + f.kind().name()), String.valueOf(f.workers()),
                yuan(f.amountFen()).toPlainString(), yuan(f.thresholdFen()).toPlainString(), f.source());
    }

    private static String kinds(ResourceBundle words, List<String> kinds, String sep) {
        return kinds.isEmpty() ? words.getString("evidence.none")
                : kinds.stream().map(k -> words.getString("evidence." + k)).collect(Collectors.joining(sep));
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private static ResourceBundle words(boolean english) {
        return ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT,
                InspectionListService.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }
}
