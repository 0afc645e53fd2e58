package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warmline.core.application.HelpCentres;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.centre.HelpCentre;
import org.warmline.core.domain.refusal.NotFound;
import org.warmline.core.domain.refusal.RuleViolation;
import org.warmline.core.domain.staff.StaffUser;
import org.warmline.legalaid.api.CaseStatus;
import org.warmline.legalaid.api.CaseStatusQuery;
import org.warmline.legalaid.domain.CaseEvent;
import org.warmline.legalaid.domain.CaseEventKind;
import org.warmline.legalaid.domain.CaseFacts;
import org.warmline.legalaid.domain.CaseNote;
import org.warmline.legalaid.domain.CaseParty;
import org.warmline.legalaid.domain.CaseStep;
import org.warmline.legalaid.domain.CaseTopic;
import org.warmline.legalaid.domain.EvidenceKind;
import org.warmline.legalaid.domain.OneCasePerClaim;
import org.warmline.legalaid.domain.ScreeningCriterion;
import org.warmline.legalaid.domain.ScreeningEntry;
import org.warmline.legalaid.domain.StepOrder;
import org.warmline.legalaid.domain.WageCase;
import org.warmline.legalaid.domain.WageCaseRepository;

/**
 * Wage-arrears cases (issue 12, points 1–3): opened from the bot's intake or a consultation (one open case per
 * worker, employer and topic), edited by legal-aid staff, carried through the lifecycle (each step dated and by
 * whom, {@link CaseStepRecorded} fired inside the transaction), and the queue. Every call by staff goes through
 * {@link CaseAccess} (audited reads, audited 403 for anyone else). Also answers the bot's "case status" question.
 */
@ApplicationScoped
@Transactional
public class CaseService implements CaseStatusQuery {

    /** Dates a worker or staff speak of are in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The user name recorded for what the bot takes in. */
    public static final String BOT = "bot";

    /**
     * A case as the queue lists it.
     *
     * @param wageCase the case
     * @param next     its nearest deadline from laclock, or null (none known, or laclock not merged)
     */
    public record QueueEntry(WageCase wageCase, CaseDeadlineSource.Due next) { }

    /**
     * Everything the case view shows (issue 12, point 7).
     *
     * @param wageCase  the case
     * @param timeline  its timeline, oldest first
     * @param notes     staff notes, oldest first
     * @param screening screening rows, oldest first
     * @param results   the current result per criterion (null: not judged)
     * @param next      the nearest deadline, or null
     * @param words     the worker's words in the consultation the case grew from, or null
     */
    public record CaseFile(WageCase wageCase, List<CaseEvent> timeline, List<CaseNote> notes,
                           List<ScreeningEntry> screening, Map<ScreeningCriterion, Boolean> results,
                           CaseDeadlineSource.Due next, String words) { }

    /**
     * A screening judgement as staff send it.
     *
     * @param criterion the criterion
     * @param passed    the result
     * @param override  the reason for deciding against the automatic result, or null
     */
    public record Judgement(ScreeningCriterion criterion, boolean passed, String override) { }

    @Inject
    WageCaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    Clock clock;

    @Inject
    HelpCentres centres;

    @Inject
    StaffDirectory staff;

    @Inject
    Event<CaseStepRecorded> stepRecorded;

    @Inject
    Event<CaseChanged> changed;

    @Inject
    Instance<CaseDeadlineSource> deadlines;

    /**
     * Opens a case for a worker's problem, or attaches the message to their open case of the same topic and
     * employer ({@link OneCasePerClaim}); an attached message fills only what the case does not know yet.
     *
     * @param workerId       the worker
     * @param consultationId the consultation it comes from, or null
     * @param topic          the topic
     * @param facts          the facts learned
     * @param chain          the contractor chain learned (used when the case has none)
     * @param evidence       evidence kinds the worker holds
     * @param by             staff user name, or {@link #BOT}
     * @return the case and whether it is new
     * @throws org.warmline.core.domain.refusal.InvalidInput for facts with {@link CaseFacts#problems()}
     */
    public Opened openOrAttach(long workerId, Long consultationId, CaseTopic topic, CaseFacts facts,
                               List<CaseParty> chain, Collection<EvidenceKind> evidence, String by) {
        Instant now = clock.instant();
        String normalised = normaliseEmployer(facts.employerAsNamed());
        Optional<WageCase> open = OneCasePerClaim.openCaseFor(cases.ofWorker(workerId), workerId, topic, normalised);
        WageCase wageCase;
        if (open.isPresent()) {
            wageCase = open.get();
            String siteBefore = wageCase.siteCode();
            wageCase.complete(facts, normalised, now);
            if (wageCase.siteCode() != null && !wageCase.siteCode().equals(siteBefore)) {
                wageCase.placeAt(centreFor(wageCase.siteCode()));
            }
            cases.append(new CaseEvent(wageCase.id(), CaseEventKind.ATTACHED, null, now, by,
                    consultationId == null ? null : "consultation " + consultationId, null, null, null));
        } else {
            wageCase = new WageCase(workerId, consultationId, topic, now);
            wageCase.describe(facts, normalised, now);
            wageCase.placeAt(centreFor(wageCase.siteCode()));
            cases.add(wageCase);
            cases.append(new CaseEvent(wageCase.id(), CaseEventKind.STEP, CaseStep.INTAKE, now, by,
                    consultationId == null ? null : "consultation " + consultationId, today(), null, null));
        }
        if (wageCase.parties().isEmpty() && !chain.isEmpty()) {
            wageCase.replaceChain(chain, now);
        }
        if (!evidence.isEmpty()) {
            wageCase.addEvidenceHeld(evidence, now);
        }
        if (open.isEmpty()) {
            stepRecorded.fire(new CaseStepRecorded(wageCase.id(), CaseStep.INTAKE, today()));
        }
        changed.fire(new CaseChanged(wageCase.id()));
        return new Opened(wageCase.id(), open.isEmpty());
    }

    /**
     * @param caseId the case
     * @param isNew  true if a case was opened, false if the message joined an open one
     */
    public record Opened(long caseId, boolean isNew) { }

    /**
     * The queue (issue 12, point 7): nearest deadline first (cases without one after), then urgent ones, then the
     * oldest.
     *
     * @param caller who asks
     * @param step   only cases at this step, or null
     * @param centre only cases of this help centre (code), or null
     * @param limit  at most this many
     * @return the cases the caller may see
     * @throws org.warmline.core.domain.refusal.Forbidden (audited) for a caller without a case role
     */
    public List<QueueEntry> queue(CaseAccess.Caller caller, CaseStep step, String centre, int limit) {
        Optional<Set<String>> visible = access.visibleCentres(caller);
        Collection<String> centresAsked = centre == null ? visible.orElse(null)
                : visible.map(v -> v.contains(centre) ? Set.of(centre) : Set.<String>of()).orElse(Set.of(centre));
        List<WageCase> found = cases.queue(step, centresAsked, 5_000);
        Map<Long, CaseDeadlineSource.Due> due = nearest(found.stream().map(WageCase::id).toList());
        List<QueueEntry> sorted = found.stream().map(c -> new QueueEntry(c, due.get(c.id())))
                .sorted(Comparator.comparing((QueueEntry e) -> e.next() == null ? LocalDate.MAX : e.next().due())
                        .thenComparing(e -> !e.wageCase().urgent())
                        .thenComparing(e -> e.wageCase().createdAt())
                        .thenComparing(e -> e.wageCase().id()))
                .limit(limit).toList();
        access.audit(caller, "case.list", "list", sorted.size() + " cases: " + String.join(",",
                sorted.stream().map(e -> String.valueOf(e.wageCase().id())).toList()));
        return sorted;
    }

    /**
     * @param caller who asks
     * @param id     the case
     * @return everything the case view shows (the read is audited)
     * @throws NotFound  ({@code case.not-found}) for an unknown id
     * @throws org.warmline.core.domain.refusal.Forbidden (audited) if not the caller's to see
     */
    public CaseFile view(CaseAccess.Caller caller, long id) {
        WageCase wageCase = access.check(caller, find(caller, id), "case.read");
        List<ScreeningEntry> screening = cases.screening(id);
        return new CaseFile(wageCase, cases.timeline(id), cases.notes(id), screening,
                wageCase.screeningResults(screening), nearest(List.of(id)).get(id),
                wageCase.consultationId() == null ? null : cases.consultationWords(wageCase.consultationId()));
    }

    /**
     * Staff change the case's facts (fields left null stay); a changed site moves the case to the centre covering it.
     *
     * @param caller who asks
     * @param id     the case
     * @param facts  the facts
     * @return the case
     */
    public WageCase edit(CaseAccess.Caller caller, long id, CaseFacts facts) {
        WageCase wageCase = access.check(caller, find(caller, id), "case.edit");
        String siteBefore = wageCase.siteCode();
        Instant now = clock.instant();
        wageCase.describe(facts, normaliseEmployer(facts.employerAsNamed()), now);
        if (wageCase.siteCode() != null && !wageCase.siteCode().equals(siteBefore)) {
            wageCase.placeAt(centreFor(wageCase.siteCode()));
        }
        edited(wageCase, caller, "facts", now);
        return wageCase;
    }

    /**
     * Moves a case to a step; assigning checks the assignee is legal-aid staff of the case's centre or a centre
     * above it (when the order names nobody and the caller is legal-aid staff, the caller takes it).
     *
     * @param caller who asks
     * @param id     the case
     * @param order  the step and its facts
     * @return the case
     * @throws RuleViolation see {@link WageCase#moveTo}; {@code case.assignee-not-legal-aid},
     *                       {@code case.assignee-other-centre} for a wrong assignee
     */
    public WageCase step(CaseAccess.Caller caller, long id, StepOrder order) {
        WageCase wageCase = access.check(caller, find(caller, id), "case.step");
        if (order.step() == CaseStep.ASSIGNED) {
            String assignee = order.assignee() == null || order.assignee().isBlank()
                    ? caller.inRole().test("LEGAL_AID") ? caller.username() : null : order.assignee().strip();
            if (assignee != null && wageCase.step().mayMoveTo(CaseStep.ASSIGNED)) {
                checkAssignee(wageCase, assignee);
            }
            order = new StepOrder(order.step(), order.onDate(), order.reason(), order.referral(), order.outcome(),
                    order.recoveredFen(), assignee);
        }
        record(wageCase, order, caller.username());
        return wageCase;
    }

    /**
     * @param caller who asks
     * @param id     the case
     * @param fen    the total the worker confirms having received, fen (≥ 0)
     * @return the case
     */
    public WageCase received(CaseAccess.Caller caller, long id, long fen) {
        WageCase wageCase = access.check(caller, find(caller, id), "case.received");
        Instant now = clock.instant();
        wageCase.confirmReceived(fen, now);
        cases.append(new CaseEvent(id, CaseEventKind.RECEIVED, null, now, caller.username(), null, null, null, fen));
        changed.fire(new CaseChanged(id));
        return wageCase;
    }

    /**
     * Records screening judgements; a case still at intake moves to screening first.
     *
     * @param caller     who asks
     * @param id         the case
     * @param judgements the criteria judged
     * @return the case
     * @throws RuleViolation {@code screening.override-needs-reason}, {@code screening.closed}
     */
    public WageCase screen(CaseAccess.Caller caller, long id, List<Judgement> judgements) {
        WageCase wageCase = access.check(caller, find(caller, id), "case.screen");
        if (wageCase.step() == CaseStep.INTAKE) {
            record(wageCase, new StepOrder(CaseStep.SCREENING, null, null, null, null, null, null), caller.username());
        }
        Instant now = clock.instant();
        for (Judgement j : judgements) {
            ScreeningEntry entry = wageCase.screen(j.criterion(), j.passed(), j.override(), caller.username(), now);
            cases.append(entry);
            cases.append(new CaseEvent(id, CaseEventKind.SCREENED, null, now, caller.username(),
                    j.criterion().name() + (j.passed() ? " passed" : " failed"), null, entry.overrideReason(), null));
        }
        return wageCase;
    }

    /**
     * @param caller who asks
     * @param id     the case
     * @param text   the note, 1..2000 characters, kept verbatim
     * @return the stored note
     */
    public CaseNote note(CaseAccess.Caller caller, long id, String text) {
        access.check(caller, find(caller, id), "case.note");
        Instant now = clock.instant();
        CaseNote note = new CaseNote(id, text, caller.username(), now);
        cases.append(note);
        cases.append(new CaseEvent(id, CaseEventKind.NOTE, null, now, caller.username(), null, null, null, null));
        return note;
    }

    /**
     * @param caller        who asks
     * @param id            the case
     * @param workerId      the co-worker joining the claim
     * @param amountOwedFen what they are owed, fen, or null
     * @return the case
     */
    public WageCase addClaimant(CaseAccess.Caller caller, long id, long workerId, Long amountOwedFen) {
        WageCase wageCase = access.check(caller, find(caller, id), "case.claimant");
        Instant now = clock.instant();
        wageCase.addClaimant(workerId, amountOwedFen, now);
        edited(wageCase, caller, "claimants", now);
        return wageCase;
    }

    /**
     * @param caller             who asks
     * @param id                 the case
     * @param chain              the contractor chain, top to bottom
     * @param clientPaidLate     the client's late payment caused the arrears (Decree 724 Art. 29), or null to keep
     * @param illegalSubcontract the work was illegally subcontracted (Art. 30), or null to keep
     * @return the case
     */
    public WageCase chain(CaseAccess.Caller caller, long id, List<CaseParty> chain, Boolean clientPaidLate,
                          Boolean illegalSubcontract) {
        WageCase wageCase = access.check(caller, find(caller, id), "case.chain");
        Instant now = clock.instant();
        wageCase.replaceChain(chain, now);
        wageCase.describe(new CaseFacts(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, clientPaidLate, illegalSubcontract), null, now);
        edited(wageCase, caller, "chain", now);
        return wageCase;
    }

    /**
     * @param caller who asks
     * @param id     the case
     * @param held   the checklist: kind → held
     * @return the case
     */
    public WageCase evidence(CaseAccess.Caller caller, long id, Map<EvidenceKind, Boolean> held) {
        WageCase wageCase = access.check(caller, find(caller, id), "case.evidence");
        Instant now = clock.instant();
        wageCase.replaceEvidence(held, now);
        edited(wageCase, caller, "evidence", now);
        return wageCase;
    }

    @Override
    public Optional<CaseStatus> currentCase(long workerId) {
        List<WageCase> mine = cases.ofWorker(workerId);
        Optional<WageCase> current = mine.stream().filter(WageCase::isOpen).max(Comparator.comparing(WageCase::updatedAt))
                .or(() -> mine.stream().max(Comparator.comparing(WageCase::updatedAt)));
        return current.map(c -> {
            CaseDeadlineSource.Due next = c.isOpen() ? nearest(List.of(c.id())).get(c.id()) : null;
            return new CaseStatus(c.id(), c.step().name(), LocalDate.ofInstant(c.stepAt(), ZONE),
                    next == null ? null : next.what(), next == null ? null : next.due());
        });
    }

    /**
     * Stand-in for lagroup's {@code EmployerNames.normalise} until it is merged: NFKC (full-width to half-width),
     * no spaces, lower case.
     *
     * @param name an employer as named, or null
     * @return its normalised form, or null
     */
    static String normaliseEmployer(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private void record(WageCase wageCase, StepOrder order, String by) {
        Instant now = clock.instant();
        CaseEvent event = wageCase.moveTo(order, wageCase.screeningResults(cases.screening(wageCase.id())), by, now,
                today());
        cases.append(event);
        stepRecorded.fire(new CaseStepRecorded(wageCase.id(), event.step(), event.onDate()));
        changed.fire(new CaseChanged(wageCase.id()));
    }

    private void edited(WageCase wageCase, CaseAccess.Caller caller, String what, Instant now) {
        cases.append(new CaseEvent(wageCase.id(), CaseEventKind.EDITED, null, now, caller.username(), what, null,
                null, null));
        changed.fire(new CaseChanged(wageCase.id()));
    }

    private void checkAssignee(WageCase wageCase, String assignee) {
        StaffUser user = staff.byUsername(assignee).filter(u -> u.roles().contains(StaffUser.Role.LEGAL_AID))
                .orElseThrow(() -> new RuleViolation("case.assignee-not-legal-aid",
                        "the assignee is not a legal-aid staff account"));
        String caseCentre = wageCase.centreId() == null ? centres.defaultCentre() : wageCase.centreId();
        String at = caseCentre;
        for (int hops = 0; at != null && hops < 20; hops++) {
            if (at.equals(user.centreCode())) {
                return;
            }
            at = centres.parentOf(at).orElse(null);
        }
        if (user.centreCode().equals(centres.defaultCentre())) {
            return; // the default centre (HQ) covers every site
        }
        throw new RuleViolation("case.assignee-other-centre",
                "the assignee works at another help centre than the one covering the work site");
    }

    private WageCase find(CaseAccess.Caller caller, long id) {
        access.requireCaseRole(caller, String.valueOf(id));
        return cases.find(id).orElseThrow(() -> new NotFound("case.not-found", "no case " + id));
    }

    private Map<Long, CaseDeadlineSource.Due> nearest(List<Long> ids) {
        if (ids.isEmpty() || !deadlines.isResolvable()) {
            return Map.of();
        }
        return deadlines.get().nearest(ids);
    }

    /**
     * @param siteCode a work site's GB/T 2260 code, or null
     * @return the help centre covering it (the most specific region prefix wins), the default centre otherwise
     */
    String centreFor(String siteCode) {
        if (siteCode == null) {
            return centres.defaultCentre();
        }
        return centres.all().stream().filter(c -> c.serves(siteCode) > 0)
                .max(Comparator.comparingInt(c -> c.serves(siteCode))).map(HelpCentre::code)
                .orElseGet(centres::defaultCentre);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
