package org.warmline.legalaid.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.phone.PhoneNumber;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.interfaces.rest.QueryLimits;
import org.warmline.legalaid.application.CaseAccess;
import org.warmline.legalaid.application.CaseDeadlineSource;
import org.warmline.legalaid.application.CaseService;
import org.warmline.legalaid.application.DeadlineService;
import org.warmline.legalaid.application.GroupService;
import org.warmline.legalaid.domain.CaseEvent;
import org.warmline.legalaid.domain.CaseFacts;
import org.warmline.legalaid.domain.CaseNote;
import org.warmline.legalaid.domain.CaseOutcome;
import org.warmline.legalaid.domain.CaseParty;
import org.warmline.legalaid.domain.CaseStep;
import org.warmline.legalaid.domain.EvidenceKind;
import org.warmline.legalaid.domain.EvidenceItem;
import org.warmline.legalaid.domain.FirstPayer;
import org.warmline.legalaid.domain.PartyRole;
import org.warmline.legalaid.domain.ScreeningCriterion;
import org.warmline.legalaid.domain.StepOrder;
import org.warmline.legalaid.domain.WageCase;

/**
 * Staff API of wage-arrears cases ({@code /api/legalaid/cases}, issue 12 points 1–3 and 7): the queue, the case
 * view, edits, steps, screening, notes, claimants, contractor chain and evidence checklist. Every staff role may
 * call it so that {@link CaseAccess} can refuse (403 {@code case.forbidden}) and audit coordinators, job
 * counsellors and operators; wrong values are 422 problem+json ({@code validation.fields}), broken rules 409.
 * Worker text is returned verbatim as JSON strings (pages render it as text).
 */
@Path("/api/legalaid/cases")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "legalaid", description = "Legal consultations and wage-arrears cases")
@RolesAllowed({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
public class CasesResource {

    /**
     * @param what      deadline code
     * @param due       last day (Asia/Shanghai)
     * @param daysLeft  calendar days from the server's today to the last day (0 = due today, negative = passed)
     */
    public record DueDto(String what, LocalDate due, Long daysLeft) { }

    /**
     * A case in the queue; the lead worker's phone masked.
     *
     * @param id            case id
     * @param step          current step
     * @param stepAt        when it reached the step, UTC
     * @param topic         topic
     * @param employerAsNamed employer as named
     * @param projectName   project
     * @param siteCode      GB/T 2260 code
     * @param centreId      help centre code
     * @param amountOwedFen lead worker's amount owed, fen
     * @param totalOwedFen  all claimants together, fen
     * @param claimants     number of claimants
     * @param urgent        urgent
     * @param absconded     employer absconded
     * @param assignedStaff assigned staff user
     * @param createdAt     opened, UTC
     * @param phone         lead worker's phone, masked
     * @param nextDeadline  nearest deadline, or null
     */
    public record CaseRowDto(long id, String step, Instant stepAt, String topic, String employerAsNamed,
                             String projectName, String siteCode, String centreId, Long amountOwedFen,
                             long totalOwedFen, int claimants, boolean urgent, boolean absconded, String assignedStaff,
                             Instant createdAt, String phone, DueDto nextDeadline) { }

    /** @param workerId worker @param phone masked phone @param amountOwedFen owed, fen @param lead the lead worker */
    public record ClaimantDto(long workerId, String phone, Long amountOwedFen, boolean lead) { }

    /** @param role party role @param name name as given */
    public record PartyDto(String role, String name) { }

    /** @param role payer's role @param name its name @param article Decree 724 article, or null */
    public record FirstPayerDto(String role, String name, String article) { }

    /** @param kind evidence kind @param held whether the worker holds it */
    public record EvidenceDto(String kind, boolean held) { }

    /**
     * @param criterion      criterion
     * @param passed         current result, null if not judged
     * @param automatic      the result the facts decide, null if staff judge
     * @param overrideReason the latest override reason, or null
     * @param by             who judged last, or null
     * @param at             when, or null
     */
    public record ScreeningDto(String criterion, Boolean passed, Boolean automatic, String overrideReason, String by,
                               Instant at) { }

    /**
     * @param kind      STEP, SCREENED, EDITED, ATTACHED, RECEIVED, NOTE
     * @param step      step reached, or null
     * @param at        when, UTC
     * @param by        who
     * @param note      note, or null
     * @param onDate    date concerned, or null
     * @param reason    reason, or null
     * @param amountFen amount, or null
     */
    public record EventDto(String kind, String step, Instant at, String by, String note, LocalDate onDate,
                           String reason, Long amountFen) { }

    /** @param id note id @param text as written @param by who @param at when */
    public record NoteDto(long id, String text, String by, Instant at) { }

    /**
     * Everything the case view shows. Field meanings as in {@link WageCase}.
     *
     * @param id id @param version version @param topic topic @param step step @param stepAt step time
     * @param employerAsNamed employer as named @param employerNormalised normalised @param projectName project
     * @param siteCode site @param trade trade @param workedFrom from @param workedTo to
     * @param employmentEnded ended @param endedOn ended on @param amountOwedFen owed (lead)
     * @param totalOwedFen owed (all) @param monthsUnpaid months @param absconded absconded @param urgent urgent
     * @param centreId centre @param assignedStaff staff @param lastDemandOn last demand
     * @param breachEndedOn breach end @param clientPaidLate client paid late @param illegalSubcontract illegal
     * @param outcomeCode outcome @param recoveredFen recovered @param receivedFen received by the worker
     * @param rejectionReason rejection reason @param referral referral @param createdAt created
     * @param updatedAt updated @param consultationId consultation @param words the worker's words
     * @param phone lead's masked phone @param claimants claimants @param chain contractor chain
     * @param firstPayer Decree 724 first payer @param evidence checklist @param screening screening
     * @param timeline timeline @param notes notes @param nextDeadline nearest deadline
     * @param group the collective group the case belongs to (lagroup's summary: workers, total owed, flags), or null
     * @param deadlines the legal clocks (laclock's {@code DeadlineService}), limitation first
     * @param actFirst  true when the limitation ends in fewer than 7 days (Legal Aid Law Art. 44)
     */
    public record CaseDto(long id, long version, String topic, String step, Instant stepAt, String employerAsNamed,
                          String employerNormalised, String projectName, String siteCode, String trade,
                          LocalDate workedFrom, LocalDate workedTo, Boolean employmentEnded, LocalDate endedOn,
                          Long amountOwedFen, long totalOwedFen, Integer monthsUnpaid, boolean absconded,
                          boolean urgent, String centreId, String assignedStaff, LocalDate lastDemandOn,
                          LocalDate breachEndedOn, Boolean clientPaidLate, Boolean illegalSubcontract,
                          String outcomeCode, Long recoveredFen, Long receivedFen, String rejectionReason,
                          String referral, Instant createdAt, Instant updatedAt, Long consultationId, String words,
                          String phone, List<ClaimantDto> claimants, List<PartyDto> chain, FirstPayerDto firstPayer,
                          List<EvidenceDto> evidence, List<ScreeningDto> screening, List<EventDto> timeline,
                          List<NoteDto> notes, DueDto nextDeadline, GroupService.GroupSummary group,
                          List<DeadlinesResource.DeadlineDto> deadlines, boolean actFirst) { }

    /** Body of {@code PATCH /cases/{id}}: fields left out stay. Meanings as {@link CaseFacts}. */
    public record CasePatch(String employerAsNamed, String projectName, String siteCode, String trade,
                            LocalDate workedFrom, LocalDate workedTo, Boolean employmentEnded, LocalDate endedOn,
                            Long amountOwedFen, Integer monthsUnpaid, Boolean absconded, Boolean urgent,
                            LocalDate lastDemandOn, LocalDate breachEndedOn) { }

    /**
     * Body of {@code POST /cases/{id}/steps}.
     *
     * @param step step name @param onDate date concerned @param reason reason @param referral referral
     * @param outcomeCode outcome (closing) @param recoveredFen recovered (closing) @param assignee staff (assigning)
     */
    public record StepInput(String step, LocalDate onDate, String reason, String referral, String outcomeCode,
                            Long recoveredFen, String assignee) { }

    /** @param receivedFen total the worker confirms having received, fen */
    public record ReceivedInput(Long receivedFen) { }

    /** @param criterion criterion @param passed result @param override reason for overriding */
    public record CriterionInput(String criterion, Boolean passed, String override) { }

    /** @param criteria the criteria judged */
    public record ScreeningInput(List<CriterionInput> criteria) { }

    /** @param text the note */
    public record NoteInput(String text) { }

    /** @param workerId a worker id, or null @param phone a phone number instead @param amountOwedFen owed, fen */
    public record ClaimantInput(Long workerId, String phone, Long amountOwedFen) { }

    /** @param parties top to bottom @param clientPaidLate Art. 29 fact @param illegalSubcontract Art. 30 fact */
    public record ChainInput(List<PartyDto> parties, Boolean clientPaidLate, Boolean illegalSubcontract) { }

    /** @param items the checklist */
    public record EvidenceInput(List<EvidenceDto> items) { }

    /** @param caseId the case @param isNew whether it was opened (false: joined an open case) */
    public record OpenedDto(long caseId, boolean isNew) { }

    @Inject
    CaseService cases;

    @Inject
    WorkerDirectory workers;

    @Inject
    GroupService groups;

    @Inject
    DeadlineService deadlineService;

    @Inject
    java.time.Clock clock;

    @Context
    SecurityContext security;

    /**
     * @param stepText   only cases at this step (optional)
     * @param centre     only cases of this help centre code (optional)
     * @param limitText  at most this many (default 200, max 1000)
     * @return the queue: nearest deadline first, then urgent, then oldest
     */
    @GET
    @Operation(summary = "Case queue: nearest deadline, then urgency, then age; phones masked")
    public List<CaseRowDto> queue(@QueryParam("step") String stepText, @QueryParam("centre") String centre,
                                  @QueryParam("limit") String limitText) {
        CaseStep step = stepText == null || stepText.isBlank() ? null : step(stepText);
        int limit = QueryLimits.parse(limitText, 200, 1000);
        List<CaseService.QueueEntry> entries = cases.queue(caller(), step,
                centre == null || centre.isBlank() ? null : centre, limit);
        Map<Long, String> phones = workers.maskedPhones(entries.stream().map(e -> e.wageCase().leadWorkerId()).toList());
        return entries.stream().map(e -> {
            WageCase c = e.wageCase();
            return new CaseRowDto(c.id(), c.step().name(), c.stepAt(), c.topic().name(), c.employerAsNamed(),
                    c.projectName(), c.siteCode(), c.centreId(), c.amountOwedFen(), c.totalOwedFen(),
                    c.claimants().size(), c.urgent(), c.absconded(), c.assignedStaff(), c.createdAt(),
                    phones.get(c.leadWorkerId()), due(e.next()));
        }).toList();
    }

    /** @param id case id @return the case view (the read is audited) */
    @GET
    @Path("{id}")
    @Operation(summary = "A case with claimants, chain, first payer, evidence, screening, timeline and notes")
    public CaseDto get(@PathParam("id") long id) {
        return dto(cases.view(caller(), id));
    }

    /** @param id case id @param patch the facts to change @return the case view */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a case's facts (fields left out stay)")
    public CaseDto patch(@PathParam("id") long id, CasePatch patch) {
        CasePatch p = required(patch);
        cases.edit(caller(), id, new CaseFacts(p.employerAsNamed(), p.projectName(), p.siteCode(), p.trade(),
                p.workedFrom(), p.workedTo(), p.employmentEnded(), p.endedOn(), p.amountOwedFen(), p.monthsUnpaid(),
                p.absconded(), p.urgent(), p.lastDemandOn(), p.breachEndedOn(), null, null));
        return get(id);
    }

    /** @param id case id @param input the step @return the case view */
    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a case to a step (409 with the rule code for a move the lifecycle forbids)")
    public CaseDto step(@PathParam("id") long id, StepInput input) {
        StepInput in = required(input);
        if (in.step() == null) {
            throw new InvalidInput(Map.of("step", "one of " + List.of(CaseStep.values())));
        }
        CaseOutcome outcome = null;
        if (in.outcomeCode() != null) {
            outcome = CaseOutcome.parse(in.outcomeCode()).orElseThrow(() ->
                    new InvalidInput(Map.of("outcomeCode", "one of " + List.of(CaseOutcome.values()))));
        }
        cases.step(caller(), id, new StepOrder(step(in.step()), in.onDate(), in.reason(), in.referral(), outcome,
                in.recoveredFen(), in.assignee()));
        return get(id);
    }

    /** @param id case id @param input the amount @return the case view */
    @POST
    @Path("{id}/received")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the amount the worker confirms having received (fen)")
    public CaseDto received(@PathParam("id") long id, ReceivedInput input) {
        ReceivedInput in = required(input);
        if (in.receivedFen() == null || in.receivedFen() < 0) {
            throw new InvalidInput(Map.of("receivedFen", "fen, not negative"));
        }
        cases.received(caller(), id, in.receivedFen());
        return get(id);
    }

    /** @param id case id @param input the judgements @return the case view */
    @POST
    @Path("{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Judge screening criteria (overriding an automatic result needs a reason)")
    public CaseDto screening(@PathParam("id") long id, ScreeningInput input) {
        ScreeningInput in = required(input);
        if (in.criteria() == null || in.criteria().isEmpty()) {
            throw new InvalidInput(Map.of("criteria", "at least one criterion"));
        }
        List<CaseService.Judgement> judgements = new ArrayList<>();
        for (CriterionInput c : in.criteria()) {
            ScreeningCriterion criterion = ScreeningCriterion.parse(c.criterion()).orElseThrow(() ->
                    new InvalidInput(Map.of("criterion", "one of " + List.of(ScreeningCriterion.values()))));
            if (c.passed() == null) {
                throw new InvalidInput(Map.of("passed", "true or false"));
            }
            judgements.add(new CaseService.Judgement(criterion, c.passed(), c.override()));
        }
        cases.screen(caller(), id, judgements);
        return get(id);
    }

    /** @param id case id @param input the note @return the stored note */
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a staff note (1..2000 characters, kept verbatim)")
    public NoteDto note(@PathParam("id") long id, NoteInput input) {
        NoteInput in = required(input);
        if (in.text() == null || in.text().isBlank() || in.text().length() > CaseNote.MAX_TEXT) {
            throw new InvalidInput(Map.of("text", "1.." + CaseNote.MAX_TEXT + " characters"));
        }
        CaseNote note = cases.note(caller(), id, in.text());
        return new NoteDto(note.id(), note.text(), note.by(), note.at());
    }

    /** @param id case id @param input the co-worker @return the case view */
    @POST
    @Path("{id}/claimants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a co-worker to the claim (by worker id or phone)")
    public CaseDto claimant(@PathParam("id") long id, ClaimantInput input) {
        ClaimantInput in = required(input);
        long workerId;
        if (in.workerId() != null) {
            workerId = workers.byId(in.workerId()).orElseThrow(() ->
                    new InvalidInput(Map.of("workerId", "no such worker"))).id();
        } else if (in.phone() != null) {
            PhoneNumber phone;
            try {
                phone = PhoneNumber.parse(in.phone());
            } catch (RuntimeException e) {
                throw new InvalidInput(Map.of("phone", "a mobile number"));
            }
            workerId = workers.findOrCreate(phone, "zh").id();
        } else {
            throw new InvalidInput(Map.of("workerId", "a worker id or a phone"));
        }
        if (in.amountOwedFen() != null && in.amountOwedFen() < 0) {
            throw new InvalidInput(Map.of("amountOwedFen", "fen, not negative"));
        }
        cases.addClaimant(caller(), id, workerId, in.amountOwedFen());
        return get(id);
    }

    /** @param id case id @param input the chain @return the case view */
    @PUT
    @Path("{id}/chain")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the contractor chain (client → general contractor → subcontractor → foreman)")
    public CaseDto chain(@PathParam("id") long id, ChainInput input) {
        ChainInput in = required(input);
        List<CaseParty> chain = new ArrayList<>();
        for (PartyDto p : in.parties() == null ? List.<PartyDto>of() : in.parties()) {
            PartyRole role = p.role() == null ? null : java.util.Arrays.stream(PartyRole.values())
                    .filter(r -> r.name().equals(p.role())).findFirst().orElse(null);
            if (role == null) {
                throw new InvalidInput(Map.of("role", "one of " + List.of(PartyRole.values())));
            }
            if (p.name() == null || p.name().isBlank() || p.name().length() > CaseParty.MAX_NAME) {
                throw new InvalidInput(Map.of("name", "1.." + CaseParty.MAX_NAME + " characters"));
            }
            chain.add(new CaseParty(role, p.name()));
        }
        cases.chain(caller(), id, chain, in.clientPaidLate(), in.illegalSubcontract());
        return get(id);
    }

    /** @param id case id @param input the checklist @return the case view */
    @PUT
    @Path("{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the evidence checklist")
    public CaseDto evidence(@PathParam("id") long id, EvidenceInput input) {
        EvidenceInput in = required(input);
        Map<EvidenceKind, Boolean> held = new EnumMap<>(EvidenceKind.class);
        for (EvidenceDto e : in.items() == null ? List.<EvidenceDto>of() : in.items()) {
            EvidenceKind kind = java.util.Arrays.stream(EvidenceKind.values()).filter(k -> k.name().equals(e.kind()))
                    .findFirst().orElseThrow(() -> new InvalidInput(Map.of("kind", "one of " + List.of(EvidenceKind.values()))));
            held.put(kind, e.held());
        }
        cases.evidence(caller(), id, held);
        return get(id);
    }

    private CaseDto dto(CaseService.CaseFile file) {
        WageCase c = file.wageCase();
        Map<Long, String> phones = workers.maskedPhones(c.claimants().stream().map(cl -> cl.workerId()).toList());
        Map<EvidenceKind, Boolean> held = new EnumMap<>(EvidenceKind.class);
        for (EvidenceKind k : EvidenceKind.values()) {
            held.put(k, false);
        }
        c.evidence().forEach((EvidenceItem e) -> held.put(e.kind(), e.held()));
        Map<ScreeningCriterion, ScreeningDto> screening = new LinkedHashMap<>();
        file.results().forEach((criterion, passed) -> screening.put(criterion, new ScreeningDto(criterion.name(), passed,
                criterion.automaticResult(c).orElse(null), null, null, null)));
        file.screening().forEach(s -> screening.put(s.criterion(), new ScreeningDto(s.criterion().name(), s.passed(),
                s.criterion().automaticResult(c).orElse(null), s.overrideReason(), s.by(), s.at())));
        Optional<FirstPayer> payer = c.firstPayer();
        DeadlineService.CaseClocks clocks = deadlineService.clocksOf(c.id());
        LocalDate today = LocalDate.now(clock.withZone(CaseService.ZONE));
        return new CaseDto(c.id(), c.version(), c.topic().name(), c.step().name(), c.stepAt(), c.employerAsNamed(),
                c.employerNormalised(), c.projectName(), c.siteCode(), c.trade(), c.workedFrom(), c.workedTo(),
                c.employmentEnded(), c.endedOn(), c.amountOwedFen(), c.totalOwedFen(), c.monthsUnpaid(), c.absconded(),
                c.urgent(), c.centreId(), c.assignedStaff(), c.lastDemandOn(), c.breachEndedOn(), c.clientPaidLate(),
                c.illegalSubcontract(), c.outcomeCode() == null ? null : c.outcomeCode().name(), c.recoveredFen(),
                c.receivedFen(), c.rejectionReason(), c.referral(), c.createdAt(), c.updatedAt(), c.consultationId(),
                file.words(), phones.get(c.leadWorkerId()),
                c.claimants().stream().map(cl -> new ClaimantDto(cl.workerId(), phones.get(cl.workerId()),
                        cl.amountOwedFen(), cl.workerId() == c.leadWorkerId())).toList(),
                c.parties().stream().map(p -> new PartyDto(p.role().name(), p.name())).toList(),
                payer.map(p -> new FirstPayerDto(p.role().name(), p.name(), p.article())).orElse(null),
                held.entrySet().stream().map(e -> new EvidenceDto(e.getKey().name(), e.getValue())).toList(),
                List.copyOf(screening.values()),
                file.timeline().stream().map(CasesResource::event).toList(),
                file.notes().stream().map(n -> new NoteDto(n.id(), n.text(), n.by(), n.at())).toList(),
                due(file.next()), groups.groupOfCase(c.id()).orElse(null),
                clocks.deadlines().stream().map(d -> DeadlinesResource.dto(d, today)).toList(), clocks.actFirst());
    }

    private static EventDto event(CaseEvent e) {
        return new EventDto(e.kind().name(), e.step() == null ? null : e.step().name(), e.at(), e.by(), e.note(),
                e.onDate(), e.reason(), e.amountFen());
    }

    private DueDto due(CaseDeadlineSource.Due due) {
        return due == null ? null : new DueDto(due.what(), due.due(),
                due.due() == null ? null : ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(DeadlineService.ZONE)), due.due()));
    }

    private static CaseStep step(String text) {
        return CaseStep.parse(text).orElseThrow(() ->
                new InvalidInput(Map.of("step", "one of " + List.of(CaseStep.values()))));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "a JSON object"));
        }
        return body;
    }

    private CaseAccess.Caller caller() {
        return new CaseAccess.Caller(security.getUserPrincipal().getName(), security::isUserInRole);
    }
}
