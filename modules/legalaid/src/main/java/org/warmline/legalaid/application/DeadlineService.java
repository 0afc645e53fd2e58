package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.warmline.core.domain.refusal.NotFound;
import org.warmline.legalaid.domain.CaseEvent;
import org.warmline.legalaid.domain.CaseEventKind;
import org.warmline.legalaid.domain.CaseStep;
import org.warmline.legalaid.domain.WageCase;
import org.warmline.legalaid.domain.deadline.ActFirst;
import org.warmline.legalaid.domain.deadline.ClockFacts;
import org.warmline.legalaid.domain.deadline.Deadline;
import org.warmline.legalaid.domain.deadline.DeadlineKind;
import org.warmline.legalaid.domain.deadline.FinalAwardRule;
import org.warmline.legalaid.domain.deadline.LegalClocks;
import org.warmline.legalaid.domain.deadline.ReminderRule;
import org.warmline.legalaid.domain.deadline.WorkingDayCalendar;
import org.warmline.legalaid.domain.reminder.DeadlineReminder;

/**
 * The legal clocks of wage cases (issue 12 point 3): each open case's deadlines computed from its facts and dated
 * steps by {@link LegalClocks} (the rules and their articles live there), the deadlines due soon across cases, the
 * open cases without one, the nearest deadline per case for the queue ({@link CaseDeadlineSource}), and the
 * reminders to staff 30/14/7/3/1 days before each deadline ({@link #writeDueReminders(LocalDate)}, run by
 * {@link ReminderJob}). Deadlines are computed when asked, never stored, so a corrected fact or a new holiday
 * notice shows at once.
 */
@ApplicationScoped
@Transactional
public class DeadlineService implements CaseDeadlineSource {

    /** Days are Chinese calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Clocks of legal aid's own work; a case with only these is listed as "without a deadline". */
    private static final Set<DeadlineKind> OWN_CLOCKS = Set.of(DeadlineKind.LEGAL_AID_DECISION, DeadlineKind.LAWYER_ASSIGNMENT);
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Clock clock;

    private final LegalClocks clocks = new LegalClocks(WorkingDayCalendar.china());

    /**
     * Everything the case view shows of the clocks.
     *
     * @param caseId     the case
     * @param deadlines  its running (and not-running) clocks, limitation first
     * @param actFirst   true when the limitation ends in fewer than 7 days (Legal Aid Law Art. 44)
     * @param finalAward whether an award on the lead claimant's amount owed would be final (LDMAL Art. 47)
     */
    public record CaseClocks(long caseId, List<Deadline> deadlines, boolean actFirst, FinalAwardRule.FinalAward finalAward) {
    }

    /**
     * One deadline of one case, for lists across cases.
     *
     * @param wageCase the case
     * @param deadline the deadline
     */
    public record CaseDeadline(WageCase wageCase, Deadline deadline) {
    }

    /** Why an open case has no deadline. */
    public enum MissingReason {
        /** Still employed: the limitation does not run (LDMAL Art. 27 para. 4) and no procedure has started. */
        EMPLOYED,
        /** No end of employment, last day worked, demand or breach end recorded, and no procedure started. */
        NO_DATES
    }

    /**
     * An open case without a deadline.
     *
     * @param wageCase the case
     * @param reason   why
     */
    public record Missing(WageCase wageCase, MissingReason reason) {
    }

    /**
     * @param caseId a case id
     * @return its deadlines (kind, last day, rule, weekends-only flag): limitation first; empty for a closed case
     * @throws NotFound ({@code case.not-found}) when there is no such case
     */
    public List<Deadline> deadlinesOf(long caseId) {
        return clocksOf(caseId).deadlines();
    }

    /**
     * @param caseId a case id
     * @return its clocks with the act-first alert and the final-award answer
     * @throws NotFound ({@code case.not-found}) when there is no such case
     */
    public CaseClocks clocksOf(long caseId) {
        WageCase wageCase = em.find(WageCase.class, caseId);
        if (wageCase == null) {
            throw new NotFound("case.not-found", "no case " + caseId);
        }
        return clocksOf(wageCase, stepEvents(List.of(caseId)).getOrDefault(caseId, List.of()));
    }

    /**
     * @param wageCase a case
     * @param steps    its STEP events, in the order recorded
     * @return its clocks
     */
    CaseClocks clocksOf(WageCase wageCase, List<CaseEvent> steps) {
        List<Deadline> deadlines = clocks.of(factsOf(wageCase, steps));
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Deadline limitation = deadlines.stream().filter(d -> d.kind() == DeadlineKind.ARBITRATION_LIMITATION)
                .findFirst().orElse(null);
        // Art. 47 is judged per worker's claim: the lead claimant's amount (co-claimants are applicants of their own)
        long owed = wageCase.amountOwedFen() == null ? 0L : wageCase.amountOwedFen();
        return new CaseClocks(wageCase.id(), deadlines, ActFirst.applies(limitation, today),
                FinalAwardRule.standard().assess(wageCase.siteCode(), owed));
    }

    /**
     * @param days     how many days ahead (0 = today only)
     * @param centres  the help centres whose cases the caller sees, empty for all
     * @return running deadlines of open cases whose last day is today or within that many days, soonest first
     */
    public List<CaseDeadline> dueWithin(int days, Optional<Set<String>> centres) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate until = today.plusDays(days);
        List<CaseDeadline> out = new ArrayList<>();
        forOpenCases(centres, (wageCase, deadlines) -> {
            for (Deadline d : deadlines) {
                if (d.running() && !d.dueOn().isBefore(today) && !d.dueOn().isAfter(until)) {
                    out.add(new CaseDeadline(wageCase, d));
                }
            }
        });
        out.sort(Comparator.comparing((CaseDeadline c) -> c.deadline().dueOn()).thenComparing(c -> c.wageCase().id()));
        return out;
    }

    /**
     * @param centres the help centres whose cases the caller sees, empty for all
     * @return open cases that have no running deadline besides legal aid's own decision and assignment, oldest first
     */
    public List<Missing> missing(Optional<Set<String>> centres) {
        List<Missing> out = new ArrayList<>();
        forOpenCases(centres, (wageCase, deadlines) -> {
            boolean has = deadlines.stream().anyMatch(d -> d.running() && !OWN_CLOCKS.contains(d.kind()));
            if (!has) {
                boolean employed = deadlines.stream().anyMatch(d -> d.basis() == Deadline.Basis.NOT_RUNNING_WHILE_EMPLOYED);
                out.add(new Missing(wageCase, employed ? MissingReason.EMPLOYED : MissingReason.NO_DATES));
            }
        });
        out.sort(Comparator.comparing((Missing m) -> m.wageCase().createdAt()).thenComparing(m -> m.wageCase().id()));
        return out;
    }

    /**
     * The queue's seam: each case's nearest running deadline (passed ones included: they are the most urgent).
     *
     * @param caseIds cases
     * @return per case id, its nearest running deadline; cases without one are left out
     */
    @Override
    public Map<Long, Due> nearest(Collection<Long> caseIds) {
        Map<Long, Due> out = new HashMap<>();
        List<Long> ids = List.copyOf(new HashSet<>(caseIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<WageCase> cases = em.createQuery("SELECT c FROM WageCase c WHERE c.id IN :ids", WageCase.class)
                    .setParameter("ids", chunk).getResultList();
            Map<Long, List<CaseEvent>> steps = stepEvents(chunk);
            for (WageCase c : cases) {
                clocks.of(factsOf(c, steps.getOrDefault(c.id(), List.of()))).stream().filter(Deadline::running)
                        .min(Comparator.comparing(Deadline::dueOn))
                        .ifPresent(d -> out.put(c.id(), new Due(d.kind().name(), d.dueOn())));
            }
        }
        return out;
    }

    /**
     * Writes the reminders due on a day, once each: for every running deadline of every open case, the reminder
     * {@link ReminderRule} says is due (30, 14, 7, 3 or 1 days before), unless it was written already.
     *
     * @param today the day (Asia/Shanghai)
     * @return how many reminders were written
     */
    public int writeDueReminders(LocalDate today) {
        Instant now = clock.instant();
        int[] written = {0};
        forOpenCases(Optional.empty(), (wageCase, deadlines) -> {
            List<DeadlineReminder> due = new ArrayList<>();
            for (Deadline d : deadlines) {
                OptionalInt days = d.running() ? ReminderRule.dueReminder(d.dueOn(), today) : OptionalInt.empty();
                if (days.isPresent()) {
                    due.add(new DeadlineReminder(wageCase.id(), d.kind().name(), d.dueOn(), days.getAsInt(),
                            wageCase.centreId(), now));
                }
            }
            if (due.isEmpty()) {
                return;
            }
            Set<String> existing = em.createQuery("SELECT r FROM DeadlineReminder r WHERE r.caseId = :id AND r.dueOn >= :today",
                            DeadlineReminder.class).setParameter("id", wageCase.id()).setParameter("today", today)
                    .getResultStream().map(DeadlineService::key).collect(Collectors.toSet());
            for (DeadlineReminder r : due) {
                if (!existing.contains(key(r))) {
                    em.persist(r);
                    written[0]++;
                }
            }
        });
        em.flush();
        return written[0];
    }

    /**
     * @param limit   at most this many, newest first
     * @param centres the help centres whose cases the caller sees, empty for all
     * @return reminders written for those centres' cases
     */
    public List<DeadlineReminder> reminders(int limit, Optional<Set<String>> centres) {
        TypedQuery<DeadlineReminder> q = em.createQuery(centres.isPresent()
                ? "SELECT r FROM DeadlineReminder r WHERE r.centreId IN :centres ORDER BY r.createdAt DESC, r.id DESC"
                : "SELECT r FROM DeadlineReminder r ORDER BY r.createdAt DESC, r.id DESC", DeadlineReminder.class);
        if (centres.isPresent()) {
            if (centres.get().isEmpty()) {
                return List.of();
            }
            q.setParameter("centres", centres.get());
        }
        return q.setMaxResults(limit).getResultList();
    }

    /**
     * @param ids case ids
     * @return the cases, by id
     */
    public Map<Long, WageCase> cases(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c FROM WageCase c WHERE c.id IN :ids", WageCase.class)
                .setParameter("ids", List.copyOf(new HashSet<>(ids))).getResultStream()
                .collect(Collectors.toMap(WageCase::id, c -> c));
    }

    /**
     * The clocks' view of a case. A step's day is the day staff gave for it ({@code onDate}) unless that lies after
     * the day it was recorded (a hearing date given with the step), then the day it was recorded; the first record
     * of a proceedings step is its application (later ones are new hearing dates).
     *
     * @param c     the case
     * @param steps its STEP events, in the order recorded
     * @return the facts
     */
    static ClockFacts factsOf(WageCase c, List<CaseEvent> steps) {
        Map<CaseStep, LocalDate> first = new EnumMap<>(CaseStep.class);
        for (CaseEvent e : steps) {
            if (e.kind() == CaseEventKind.STEP && e.step() != null) {
                LocalDate recorded = e.at().atZone(ZONE).toLocalDate();
                LocalDate day = e.onDate() != null && !e.onDate().isAfter(recorded) ? e.onDate() : recorded;
                first.putIfAbsent(e.step(), day);
            }
        }
        CaseStep step = c.step();
        LocalDate stepDay = c.stepAt() == null ? null : c.stepAt().atZone(ZONE).toLocalDate();
        LocalDate accepted = first.get(CaseStep.ACCEPTED);
        LocalDate decided = accepted != null ? accepted : first.get(CaseStep.REJECTED);
        if (decided == null && step.ordinal() >= CaseStep.ACCEPTED.ordinal()) {
            decided = stepDay;
        }
        if (accepted == null && step.ordinal() >= CaseStep.ASSIGNED.ordinal() && step != CaseStep.REJECTED) {
            accepted = decided;
        }
        LocalDate assigned = first.get(CaseStep.ASSIGNED);
        if (assigned == null && step.ordinal() > CaseStep.ASSIGNED.ordinal()) {
            assigned = stepDay;
        }
        ClockFacts.Route route = switch (step) {
            case MEDIATION -> ClockFacts.Route.MEDIATION;
            case INSPECTION -> ClockFacts.Route.INSPECTION;
            case ARBITRATION -> ClockFacts.Route.ARBITRATION;
            case COURT -> ClockFacts.Route.COURT;
            default -> ClockFacts.Route.NONE;
        };
        LocalDate mediation = first.get(CaseStep.MEDIATION);
        LocalDate inspection = first.get(CaseStep.INSPECTION);
        LocalDate arbitration = first.get(CaseStep.ARBITRATION);
        LocalDate court = first.get(CaseStep.COURT);
        // the current proceedings step always has a day, even if its event is missing
        if (route == ClockFacts.Route.MEDIATION && mediation == null) {
            mediation = stepDay;
        } else if (route == ClockFacts.Route.INSPECTION && inspection == null) {
            inspection = stepDay;
        } else if (route == ClockFacts.Route.ARBITRATION && arbitration == null) {
            arbitration = stepDay;
        } else if (route == ClockFacts.Route.COURT && court == null) {
            court = stepDay;
        }
        return new ClockFacts(c.createdAt().atZone(ZONE).toLocalDate(), step.isFinal(), decided, accepted, assigned,
                route, mediation, inspection, arbitration, court, c.employmentEnded(), c.endedOn(), c.workedTo(),
                c.lastDemandOn(), c.breachEndedOn());
    }

    private interface CaseVisitor {
        void visit(WageCase wageCase, List<Deadline> deadlines);
    }

    private void forOpenCases(Optional<Set<String>> centres, CaseVisitor visitor) {
        if (centres.isPresent() && centres.get().isEmpty()) {
            return;
        }
        long after = 0;
        while (true) {
            TypedQuery<WageCase> q = em.createQuery("SELECT c FROM WageCase c WHERE c.step NOT IN :finals AND c.id > :after"
                    + (centres.isPresent() ? " AND c.centreId IN :centres" : "") + " ORDER BY c.id", WageCase.class)
                    .setParameter("finals", List.of(CaseStep.REJECTED, CaseStep.CLOSED)).setParameter("after", after)
                    .setMaxResults(CHUNK);
            centres.ifPresent(set -> q.setParameter("centres", set));
            List<WageCase> cases = q.getResultList();
            if (cases.isEmpty()) {
                return;
            }
            Map<Long, List<CaseEvent>> steps = stepEvents(cases.stream().map(WageCase::id).toList());
            for (WageCase c : cases) {
                visitor.visit(c, clocks.of(factsOf(c, steps.getOrDefault(c.id(), List.of()))));
            }
            after = cases.get(cases.size() - 1).id();
        }
    }

    private Map<Long, List<CaseEvent>> stepEvents(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM CaseEvent e WHERE e.kind = :kind AND e.caseId IN :ids ORDER BY e.at, e.id",
                        CaseEvent.class).setParameter("kind", CaseEventKind.STEP).setParameter("ids", caseIds)
                .getResultStream().collect(Collectors.groupingBy(CaseEvent::caseId));
    }

    private static String key(DeadlineReminder r) {
        return r.kind() + "|" + r.dueOn() + "|" + r.daysBefore();
    }
}
