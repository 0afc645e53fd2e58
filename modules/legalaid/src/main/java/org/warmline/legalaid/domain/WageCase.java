package org.warmline.legalaid.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.domain.refusal.RuleViolation;
import org.warmline.core.domain.text.SafeText;

/**
 * A legal-aid case (table {@code la_case}): one wage problem of one lead worker against one employer (issue 12,
 * points 1–3), with co-claimants, the contractor chain, the evidence checklist, the facts the legal clocks
 * need (worked period, end of employment, last demand) and its lifecycle ({@link CaseStep}). Its timeline,
 * notes and screening rows are separate tables keyed by {@code case_id} ({@link CaseEvent}, {@link CaseNote},
 * {@link ScreeningEntry}).
 */
@Entity
@Table(name = "la_case")
public class WageCase {

    /** Longest reason, referral or override text, in characters. */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "la_case_seq")
    @SequenceGenerator(name = "la_case_seq", sequenceName = "la_case_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "lead_worker_id", nullable = false)
    private long leadWorkerId;

    @Column(name = "consultation_id")
    private Long consultationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 32)
    private CaseTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 16)
    private CaseStep step;

    @Column(name = "step_at", nullable = false)
    private Instant stepAt;

    @Column(name = "employer_as_named", length = CaseFacts.MAX_NAME)
    private String employerAsNamed;

    @Column(name = "employer_normalised", length = CaseFacts.MAX_NAME)
    private String employerNormalised;

    @Column(name = "project_name", length = CaseFacts.MAX_NAME)
    private String projectName;

    @Column(name = "site_code", length = 6)
    private String siteCode;

    @Column(name = "trade", length = CaseFacts.MAX_TRADE)
    private String trade;

    @Column(name = "worked_from")
    private LocalDate workedFrom;

    @Column(name = "worked_to")
    private LocalDate workedTo;

    @Column(name = "employment_ended")
    private Boolean employmentEnded;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "amount_owed_fen")
    private Long amountOwedFen;

    @Column(name = "months_unpaid")
    private Integer monthsUnpaid;

    @Column(name = "absconded", nullable = false)
    private boolean absconded;

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @Column(name = "centre_id", length = 32)
    private String centreId;

    @Column(name = "assigned_staff", length = 64)
    private String assignedStaff;

    @Column(name = "last_demand_on")
    private LocalDate lastDemandOn;

    @Column(name = "breach_ended_on")
    private LocalDate breachEndedOn;

    @Column(name = "client_paid_late")
    private Boolean clientPaidLate;

    @Column(name = "illegal_subcontract")
    private Boolean illegalSubcontract;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_code", length = 32)
    private CaseOutcome outcomeCode;

    @Column(name = "recovered_fen")
    private Long recoveredFen;

    @Column(name = "received_fen")
    private Long receivedFen;

    @Column(name = "rejection_reason", length = MAX_REASON)
    private String rejectionReason;

    @Column(name = "referral", length = MAX_REASON)
    private String referral;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "la_case_claimant", joinColumns = @JoinColumn(name = "case_id"))
    private List<CaseClaimant> claimants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "la_case_party", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseParty> parties = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "la_case_evidence", joinColumns = @JoinColumn(name = "case_id"))
    private List<EvidenceItem> evidence = new ArrayList<>();

    /** For JPA. */
    protected WageCase() {
    }

    /**
     * A new case at {@link CaseStep#INTAKE}, with the lead worker as its first claimant.
     *
     * @param leadWorkerId   the worker who brought it (core {@code wk_worker.id})
     * @param consultationId the consultation it grew from, or null
     * @param topic          what it is about
     * @param now            creation time, UTC
     */
    public WageCase(long leadWorkerId, Long consultationId, CaseTopic topic, Instant now) {
        this.leadWorkerId = leadWorkerId;
        this.consultationId = consultationId;
        this.topic = topic == null ? CaseTopic.OTHER : topic;
        this.step = CaseStep.INTAKE;
        this.stepAt = now;
        this.createdAt = now;
        this.updatedAt = now;
        this.claimants.add(new CaseClaimant(leadWorkerId, null));
    }

    /**
     * Takes the facts given; fields left null stay as they are. The lead claimant's amount follows the case's.
     *
     * @param facts              the facts
     * @param employerNormalised the employer's normalised name (from lagroup's normaliser), used when the
     *                           facts name an employer
     * @param now                when, UTC
     * @throws InvalidInput ({@code validation.fields}) for any of {@link CaseFacts#problems()}
     */
    public void describe(CaseFacts facts, String employerNormalised, Instant now) {
        Map<String, String> errors = facts.problems();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (facts.employerAsNamed() != null) {
            this.employerAsNamed = facts.employerAsNamed().strip();
            this.employerNormalised = SafeText.cut(employerNormalised, CaseFacts.MAX_NAME);
        }
        projectName = facts.projectName() != null ? facts.projectName() : projectName;
        siteCode = facts.siteCode() != null ? facts.siteCode() : siteCode;
        trade = facts.trade() != null ? facts.trade() : trade;
        workedFrom = facts.workedFrom() != null ? facts.workedFrom() : workedFrom;
        workedTo = facts.workedTo() != null ? facts.workedTo() : workedTo;
        employmentEnded = facts.employmentEnded() != null ? facts.employmentEnded() : employmentEnded;
        endedOn = facts.endedOn() != null ? facts.endedOn() : endedOn;
        if (facts.amountOwedFen() != null) {
            amountOwedFen = facts.amountOwedFen();
            replaceClaimant(new CaseClaimant(leadWorkerId, amountOwedFen));
        }
        monthsUnpaid = facts.monthsUnpaid() != null ? facts.monthsUnpaid() : monthsUnpaid;
        absconded = facts.absconded() != null ? facts.absconded() : absconded;
        urgent = facts.urgent() != null ? facts.urgent() : urgent;
        if (facts.lastDemandOn() != null) {
            noteDemand(facts.lastDemandOn());
        }
        breachEndedOn = facts.breachEndedOn() != null ? facts.breachEndedOn() : breachEndedOn;
        clientPaidLate = facts.clientPaidLate() != null ? facts.clientPaidLate() : clientPaidLate;
        illegalSubcontract = facts.illegalSubcontract() != null ? facts.illegalSubcontract() : illegalSubcontract;
        updatedAt = now;
    }

    /**
     * Fills in what the case does not know yet from a repeat message or another consultation (what staff or an
     * earlier message recorded stays); a later demand date still counts.
     *
     * @param facts              the facts the new message carries
     * @param employerNormalised the normalised name of {@code facts.employerAsNamed()}
     * @param now                when, UTC
     * @throws InvalidInput for any of {@link CaseFacts#problems()} of the filled fields
     */
    public void complete(CaseFacts facts, String employerNormalised, Instant now) {
        CaseFacts missing = new CaseFacts(employerAsNamed == null ? facts.employerAsNamed() : null,
                projectName == null ? facts.projectName() : null, siteCode == null ? facts.siteCode() : null,
                trade == null ? facts.trade() : null, workedFrom == null ? facts.workedFrom() : null,
                workedTo == null ? facts.workedTo() : null, employmentEnded == null ? facts.employmentEnded() : null,
                endedOn == null ? facts.endedOn() : null, amountOwedFen == null ? facts.amountOwedFen() : null,
                monthsUnpaid == null ? facts.monthsUnpaid() : null, absconded ? null : facts.absconded(),
                urgent ? null : facts.urgent(), facts.lastDemandOn(),
                breachEndedOn == null ? facts.breachEndedOn() : null,
                clientPaidLate == null ? facts.clientPaidLate() : null,
                illegalSubcontract == null ? facts.illegalSubcontract() : null);
        describe(missing, employerNormalised, now);
    }

    /**
     * Records a demand, complaint or employer promise to pay: the latest one restarts the limitation period
     * (LDMAL Art. 27); an earlier date than the one recorded changes nothing.
     *
     * @param on the day of the demand
     */
    public void noteDemand(LocalDate on) {
        if (on != null && (lastDemandOn == null || on.isAfter(lastDemandOn))) {
            lastDemandOn = on;
        }
    }

    /**
     * @param centreCode the help centre covering the work site (core {@code wk_help_centre.code}), or null
     */
    public void placeAt(String centreCode) {
        this.centreId = centreCode;
    }

    /**
     * Moves the case to a step (issue 12, point 3).
     *
     * @param order     the step and its facts
     * @param screening the current screening results per criterion ({@link #screeningResults})
     * @param by        staff user name
     * @param now       when, UTC
     * @param today     today in Asia/Shanghai (the step's date when the order gives none)
     * @return the timeline entry to store
     * @throws RuleViolation {@code case.step-not-allowed} for a move {@link CaseStep#mayMoveTo} forbids,
     *                       {@code case.screening-failed} to accept with a failed criterion,
     *                       {@code case.reason-required} to reject without a reason,
     *                       {@code case.assignee-required} to assign nobody,
     *                       {@code case.outcome-required} to close without an outcome code
     * @throws InvalidInput  for a negative amount or an over-long reason or referral
     */
    public CaseEvent moveTo(StepOrder order, Map<ScreeningCriterion, Boolean> screening, String by, Instant now,
                            LocalDate today) {
        CaseStep next = order.step();
        if (!step.mayMoveTo(next)) {
            throw new RuleViolation("case.step-not-allowed", "a case at " + step + " cannot move to " + next);
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (order.recoveredFen() != null && order.recoveredFen() < 0) {
            errors.put("recoveredFen", "fen, not negative");
        }
        if (order.reason() != null && order.reason().length() > MAX_REASON) {
            errors.put("reason", "at most " + MAX_REASON + " characters");
        }
        if (order.referral() != null && order.referral().length() > MAX_REASON) {
            errors.put("referral", "at most " + MAX_REASON + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        switch (next) {
            case ACCEPTED -> {
                List<ScreeningCriterion> failed = screening.entrySet().stream()
                        .filter(e -> Boolean.FALSE.equals(e.getValue())).map(Map.Entry::getKey).toList();
                if (!failed.isEmpty()) {
                    throw new RuleViolation("case.screening-failed", "screening failed on " + failed);
                }
            }
            case REJECTED -> {
                if (order.reason() == null || order.reason().isBlank()) {
                    throw new RuleViolation("case.reason-required", "a rejection gives a reason");
                }
                rejectionReason = order.reason();
                referral = order.referral();
            }
            case ASSIGNED -> {
                if (order.assignee() == null || order.assignee().isBlank()) {
                    throw new RuleViolation("case.assignee-required", "assigning names the legal-aid staff member");
                }
                assignedStaff = order.assignee();
            }
            case CLOSED -> {
                if (order.outcome() == null) {
                    throw new RuleViolation("case.outcome-required", "closing gives an outcome code");
                }
                outcomeCode = order.outcome();
                recoveredFen = order.recoveredFen() == null ? 0L : order.recoveredFen();
            }
            default -> {
                // the proceedings steps carry only their date
            }
        }
        LocalDate on = order.onDate() == null ? today : order.onDate();
        if (next == CaseStep.MEDIATION || next == CaseStep.INSPECTION || next == CaseStep.ARBITRATION
                || next == CaseStep.COURT) {
            // asking an authority for help interrupts the limitation period (LDMAL Art. 27)
            noteDemand(today);
        }
        step = next;
        stepAt = now;
        updatedAt = now;
        String note = switch (next) {
            case ASSIGNED -> assignedStaff;
            case CLOSED -> outcomeCode.name();
            case REJECTED -> referral;
            default -> null;
        };
        return new CaseEvent(idOrZero(), CaseEventKind.STEP, next, now, by, note, on, order.reason(),
                next == CaseStep.CLOSED ? recoveredFen : null);
    }

    /**
     * Judges one screening criterion (only at {@link CaseStep#INTAKE} or {@link CaseStep#SCREENING}).
     *
     * @param criterion the criterion
     * @param passed    staff's result
     * @param override  why staff decide against the automatic result ({@link ScreeningCriterion#automaticResult}), or null
     * @param by        staff user name
     * @param now       when, UTC
     * @return the row to store
     * @throws RuleViolation {@code screening.closed} after screening; {@code screening.override-needs-reason}
     *                       when the result differs from the automatic one and no reason is given
     * @throws InvalidInput  for a reason longer than {@link ScreeningEntry#MAX_REASON}
     */
    public ScreeningEntry screen(ScreeningCriterion criterion, boolean passed, String override, String by, Instant now) {
        if (step != CaseStep.INTAKE && step != CaseStep.SCREENING) {
            throw new RuleViolation("screening.closed", "a case at " + step + " is screened already");
        }
        if (override != null && override.length() > ScreeningEntry.MAX_REASON) {
            throw new InvalidInput(Map.of("override", "at most " + ScreeningEntry.MAX_REASON + " characters"));
        }
        String reason = override == null || override.isBlank() ? null : override;
        Optional<Boolean> automatic = criterion.automaticResult(this);
        if (automatic.isPresent() && automatic.get() != passed && reason == null) {
            throw new RuleViolation("screening.override-needs-reason", criterion + " is "
                    + (automatic.get() ? "passed" : "failed") + " by the facts; overriding it needs a reason");
        }
        updatedAt = now;
        return new ScreeningEntry(idOrZero(), criterion, passed, reason, by, now);
    }

    /**
     * @param entries the case's screening rows, oldest first
     * @return per criterion, the latest row's result, or the automatic result if there is no row, or null
     *         (not judged yet); every criterion is a key
     */
    public Map<ScreeningCriterion, Boolean> screeningResults(Collection<ScreeningEntry> entries) {
        Map<ScreeningCriterion, Boolean> results = new EnumMap<>(ScreeningCriterion.class);
        for (ScreeningCriterion c : ScreeningCriterion.values()) {
            results.put(c, c.automaticResult(this).orElse(null));
        }
        entries.forEach(e -> results.put(e.criterion(), e.passed()));
        return results;
    }

    /**
     * The worker confirms what they received in hand (kept apart from the amount recovered, research A5 item 6).
     *
     * @param fen the total received so far, in fen
     * @param now when, UTC
     * @throws InvalidInput for a negative amount
     */
    public void confirmReceived(long fen, Instant now) {
        if (fen < 0) {
            throw new InvalidInput(Map.of("receivedFen", "fen, not negative"));
        }
        receivedFen = fen;
        updatedAt = now;
    }

    /**
     * Adds a co-worker to the claim.
     *
     * @param workerId      the worker
     * @param amountOwedFen what they are owed, fen, or null
     * @param now           when, UTC
     * @throws RuleViolation {@code case.claimant-present} if they claim in this case already
     * @throws InvalidInput  for a negative amount
     */
    public void addClaimant(long workerId, Long amountOwedFen, Instant now) {
        if (amountOwedFen != null && amountOwedFen < 0) {
            throw new InvalidInput(Map.of("amountOwedFen", "fen, not negative"));
        }
        if (involves(workerId)) {
            throw new RuleViolation("case.claimant-present", "the worker claims in this case already");
        }
        claimants.add(new CaseClaimant(workerId, amountOwedFen));
        updatedAt = now;
    }

    /**
     * @param chain the contractor chain, top (client) to bottom (foreman); replaces the old one
     * @param now   when, UTC
     */
    public void replaceChain(List<CaseParty> chain, Instant now) {
        parties.clear();
        parties.addAll(chain);
        updatedAt = now;
    }

    /**
     * @param held the checklist: each kind and whether the worker holds it; replaces the old one
     * @param now  when, UTC
     */
    public void replaceEvidence(Map<EvidenceKind, Boolean> held, Instant now) {
        evidence.clear();
        new EnumMap<>(held).forEach((kind, has) -> evidence.add(new EvidenceItem(kind, has)));
        updatedAt = now;
    }

    /**
     * Marks evidence as held (from the bot: what the worker said they have); other lines stay.
     *
     * @param kinds the kinds held
     * @param now   when, UTC
     */
    public void addEvidenceHeld(Collection<EvidenceKind> kinds, Instant now) {
        Map<EvidenceKind, Boolean> merged = new EnumMap<>(EvidenceKind.class);
        evidence.forEach(e -> merged.put(e.kind(), e.held()));
        kinds.forEach(k -> merged.put(k, true));
        replaceEvidence(merged, now);
    }

    /** @return the party Decree 724 makes pay first, given the chain and the facts ({@link FirstPayer#of}) */
    public Optional<FirstPayer> firstPayer() {
        return FirstPayer.of(parties, new FirstPayer.Facts(Boolean.TRUE.equals(clientPaidLate),
                Boolean.TRUE.equals(illegalSubcontract)));
    }

    /** @param workerId a worker @return whether they claim in this case (lead or co-claimant) */
    public boolean involves(long workerId) {
        return leadWorkerId == workerId || claimants.stream().anyMatch(c -> c.workerId() == workerId);
    }

    /** @return whether the case is still being worked (not rejected or closed) */
    public boolean isOpen() {
        return !step.isFinal();
    }

    /** @return the id, 0 before the case is stored (rows built then are only for checking rules) */
    private long idOrZero() {
        return id == null ? 0L : id;
    }

    private void replaceClaimant(CaseClaimant claimant) {
        claimants.removeIf(c -> c.workerId() == claimant.workerId());
        claimants.add(0, claimant);
    }

    /** @return id, null before persist */
    public Long id() {
        return id;
    }

    /** @return the optimistic-lock version */
    public long version() {
        return version;
    }

    /** @return the lead worker id */
    public long leadWorkerId() {
        return leadWorkerId;
    }

    /** @return the consultation it grew from, or null */
    public Long consultationId() {
        return consultationId;
    }

    /** @return the topic */
    public CaseTopic topic() {
        return topic;
    }

    /** @return the current step */
    public CaseStep step() {
        return step;
    }

    /** @return when the current step was recorded, UTC */
    public Instant stepAt() {
        return stepAt;
    }

    /** @return the employer as the worker named it, or null */
    public String employerAsNamed() {
        return employerAsNamed;
    }

    /** @return the employer's normalised name (linking key), or null */
    public String employerNormalised() {
        return employerNormalised;
    }

    /** @return project or site name, or null */
    public String projectName() {
        return projectName;
    }

    /** @return GB/T 2260 code of the work site, or null */
    public String siteCode() {
        return siteCode;
    }

    /** @return the trade, or null */
    public String trade() {
        return trade;
    }

    /** @return first day worked, or null */
    public LocalDate workedFrom() {
        return workedFrom;
    }

    /** @return last day worked, or null */
    public LocalDate workedTo() {
        return workedTo;
    }

    /** @return whether employment has ended, null if not known */
    public Boolean employmentEnded() {
        return employmentEnded;
    }

    /** @return the day employment ended, or null */
    public LocalDate endedOn() {
        return endedOn;
    }

    /** @return wages owed to the lead worker, fen, or null if not known */
    public Long amountOwedFen() {
        return amountOwedFen;
    }

    /** @return what all claimants are owed together, fen (unknown amounts count 0) */
    public long totalOwedFen() {
        return claimants.stream().mapToLong(c -> c.amountOwedFen() == null ? 0 : c.amountOwedFen()).sum();
    }

    /** @return months unpaid, or null */
    public Integer monthsUnpaid() {
        return monthsUnpaid;
    }

    /** @return whether the employer absconded (欠薪逃匿) */
    public boolean absconded() {
        return absconded;
    }

    /** @return whether the worker is in urgent need */
    public boolean urgent() {
        return urgent;
    }

    /** @return the help centre covering the work site (its code), or null */
    public String centreId() {
        return centreId;
    }

    /** @return the legal-aid staff user assigned, or null */
    public String assignedStaff() {
        return assignedStaff;
    }

    /** @return the latest demand, complaint or promise to pay, or null */
    public LocalDate lastDemandOn() {
        return lastDemandOn;
    }

    /** @return end of a continuing breach, or null */
    public LocalDate breachEndedOn() {
        return breachEndedOn;
    }

    /** @return whether the client's late payment caused the arrears, null if not known */
    public Boolean clientPaidLate() {
        return clientPaidLate;
    }

    /** @return whether the work was illegally subcontracted, null if not known */
    public Boolean illegalSubcontract() {
        return illegalSubcontract;
    }

    /** @return the outcome code once closed, else null */
    public CaseOutcome outcomeCode() {
        return outcomeCode;
    }

    /** @return the amount recovered in fen once closed, else null */
    public Long recoveredFen() {
        return recoveredFen;
    }

    /** @return the amount the worker confirms having received, fen, or null */
    public Long receivedFen() {
        return receivedFen;
    }

    /** @return the reason of a rejection, or null */
    public String rejectionReason() {
        return rejectionReason;
    }

    /** @return where a rejected worker was referred, or null */
    public String referral() {
        return referral;
    }

    /** @return creation time, UTC */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return last change, UTC */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the claimants, lead first (read only) */
    public List<CaseClaimant> claimants() {
        return List.copyOf(claimants);
    }

    /** @return the contractor chain, top to bottom (read only) */
    public List<CaseParty> parties() {
        return List.copyOf(parties);
    }

    /** @return the evidence checklist (read only) */
    public List<EvidenceItem> evidence() {
        return List.copyOf(evidence);
    }
}
