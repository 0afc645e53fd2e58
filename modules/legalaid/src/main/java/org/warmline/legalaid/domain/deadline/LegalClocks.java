package org.warmline.legalaid.domain.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Computes the running clocks of a wage case from its {@link ClockFacts}. A clock is listed while its act is still
 * to come (the decision until decided, the limitation until arbitration is filed, ...); a closed case has none.
 * Each rule cites its article; the research behind them is shared/research/legal-aid-and-jobs.md A3 and A6.
 */
public final class LegalClocks {

    /** Legal Aid Law Art. 43: the decision within 7 days of the application. */
    public static final int DECISION_DAYS = 7;
    /** Legal Aid Law Art. 43: a lawyer assigned within 3 days of the decision. */
    public static final int ASSIGNMENT_DAYS = 3;
    /** LDMAL Art. 14: mediation may be left for arbitration 15 days after the application. */
    public static final int MEDIATION_DAYS = 15;
    /** 若干规定 Art. 18: the inspectorate accepts within 5 working days. */
    public static final int INSPECTION_ACCEPTANCE_WORKING_DAYS = 5;
    /** LSI Art. 17: the investigation within 60 working days of acceptance. */
    public static final int INVESTIGATION_WORKING_DAYS = 60;
    /** LSI Art. 17: extendable by 30 working days with approval. */
    public static final int INVESTIGATION_EXTENSION_WORKING_DAYS = 30;
    /** LDMAL Art. 29: acceptance decided within 5 (working) days. */
    public static final int ARBITRATION_ACCEPTANCE_WORKING_DAYS = 5;
    /** LDMAL Art. 43: the award within 45 days of acceptance. */
    public static final int AWARD_DAYS = 45;
    /** LDMAL Art. 43: extendable by at most 15 days. */
    public static final int AWARD_EXTENSION_DAYS = 15;
    /** LDMAL Art. 27: the limitation period is one year. */
    public static final int LIMITATION_YEARS = 1;
    /** LSI Art. 20: breaches older than 2 years are not investigated. */
    public static final int INSPECTION_WINDOW_YEARS = 2;

    private final WorkingDayCalendar calendar;

    /** @param calendar the working-day calendar (normally {@link WorkingDayCalendar#china()}) */
    public LegalClocks(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @param facts the case's facts
     * @return its running clocks, limitation first; empty for a closed case
     */
    public List<Deadline> of(ClockFacts facts) {
        List<Deadline> out = new ArrayList<>();
        if (facts.closed()) {
            return out;
        }
        if (facts.arbitrationOn() == null && facts.courtOn() == null) {
            limitation(facts).ifPresent(out::add);
        }
        if (facts.inspectionOn() == null) {
            inspectionWindow(facts).ifPresent(out::add);
        }
        if (facts.decidedOn() == null) {
            out.add(calendarDays(DeadlineKind.LEGAL_AID_DECISION, facts.openedOn(), DECISION_DAYS));
        }
        if (facts.acceptedOn() != null && facts.assignedOn() == null) {
            out.add(calendarDays(DeadlineKind.LAWYER_ASSIGNMENT, facts.acceptedOn(), ASSIGNMENT_DAYS));
        }
        switch (facts.route()) {
            case MEDIATION -> {
                if (facts.mediationOn() != null) {
                    out.add(calendarDays(DeadlineKind.MEDIATION_END, facts.mediationOn(), MEDIATION_DAYS));
                }
            }
            case INSPECTION -> {
                if (facts.inspectionOn() != null) {
                    out.addAll(inspection(facts.inspectionOn()));
                }
            }
            case ARBITRATION -> {
                if (facts.arbitrationOn() != null) {
                    out.addAll(arbitration(facts.arbitrationOn()));
                }
            }
            default -> {
                // no procedure clock
            }
        }
        return out;
    }

    /**
     * The limitation period for arbitration (LDMAL Art. 27): one year from the day the worker knew or should have
     * known of the breach; for wages owed during employment it does not run while the employment lasts and is one
     * year from its end (para. 4); a demand on the employer, a request to an authority for relief (a complaint, a
     * mediation application) or the employer's promise to pay interrupts it and it starts again (para. 2). Whether
     * an interruption also restarts the post-employment year is not settled in the research ([bg] A-1); this follows
     * the example (ended 2026-01-10, demand 2026-06-01: due 2027-06-01). The last day is the corresponding day
     * a year later (Civil Code Art. 202) and is deliberately not rolled past a holiday: staff see the earliest safe day.
     * When nothing says the employment ended, the last day worked is taken as its end (the earliest possible start).
     *
     * @param facts the case's facts
     * @return the clock, a not-running clock while employed, or empty when no start day is recorded at all
     */
    public Optional<Deadline> limitation(ClockFacts facts) {
        if (Boolean.FALSE.equals(facts.employmentEnded())) {
            return Optional.of(new Deadline(DeadlineKind.ARBITRATION_LIMITATION, null, null, null,
                    Deadline.Basis.NOT_RUNNING_WHILE_EMPLOYED, List.of()));
        }
        LocalDate end = facts.endedOn() != null ? facts.endedOn() : facts.workedTo();
        Deadline.Basis basis = facts.endedOn() != null ? Deadline.Basis.EMPLOYMENT_ENDED
                : Deadline.Basis.EMPLOYMENT_END_ASSUMED;
        LocalDate interruption = latest(facts.lastDemandOn(), facts.mediationOn(), facts.inspectionOn());
        LocalDate start = end;
        if (interruption != null && (start == null || interruption.isAfter(start))) {
            start = interruption;
            basis = Deadline.Basis.RESTARTED_BY_DEMAND;
        }
        if (start == null) {
            return Optional.empty();
        }
        return Optional.of(new Deadline(DeadlineKind.ARBITRATION_LIMITATION, start, start.plusYears(LIMITATION_YEARS),
                null, basis, List.of()));
    }

    /**
     * The labour-inspection window (LSI Art. 20): a breach not found or complained of within 2 years is no longer
     * investigated; a continuing breach counts from its end. Without a recorded end of the breach, the end of the
     * employment (or the last day worked) is taken, the earliest the unpaid-wage breach can have ended.
     *
     * @param facts the case's facts
     * @return the window's last day, or empty when none of those days is recorded
     */
    public Optional<Deadline> inspectionWindow(ClockFacts facts) {
        LocalDate start = facts.breachEndedOn();
        Deadline.Basis basis = Deadline.Basis.BREACH_ENDED;
        if (start == null) {
            start = facts.endedOn() != null ? facts.endedOn() : facts.workedTo();
            basis = facts.endedOn() != null ? Deadline.Basis.EMPLOYMENT_ENDED : Deadline.Basis.EMPLOYMENT_END_ASSUMED;
        }
        if (start == null) {
            return Optional.empty();
        }
        return Optional.of(new Deadline(DeadlineKind.INSPECTION_WINDOW, start, start.plusYears(INSPECTION_WINDOW_YEARS),
                null, basis, List.of()));
    }

    /**
     * The inspectorate's clocks for a complaint received on a day: acceptance within 5 working days (若干规定
     * Art. 18) and the investigation within 60 working days of acceptance, +30 with approval (LSI Art. 17). The
     * acceptance day itself is not recorded, so the investigation counts from the last day of acceptance.
     *
     * @param complainedOn the day the complaint was received
     * @return acceptance, then investigation
     */
    public List<Deadline> inspection(LocalDate complainedOn) {
        CountedDate acceptance = calendar.plusWorkingDays(complainedOn, INSPECTION_ACCEPTANCE_WORKING_DAYS);
        CountedDate investigation = calendar.plusWorkingDays(acceptance.date(), INVESTIGATION_WORKING_DAYS);
        CountedDate extended = calendar.plusWorkingDays(investigation.date(), INVESTIGATION_EXTENSION_WORKING_DAYS);
        return List.of(
                new Deadline(DeadlineKind.INSPECTION_ACCEPTANCE, complainedOn, acceptance.date(), null,
                        Deadline.Basis.RECORDED_STEP, acceptance.yearsWithoutNotice()),
                new Deadline(DeadlineKind.INSPECTION_INVESTIGATION, acceptance.date(), investigation.date(),
                        extended.date(), Deadline.Basis.ACCEPTANCE_DUE, union(acceptance, investigation, extended)));
    }

    /**
     * The arbitration commission's clocks for an application received on a day: acceptance within 5 days (LDMAL
     * Art. 29; working days under the MOHRSS rules of procedure), the award within 45 days of acceptance, extendable
     * by 15 (LDMAL Art. 43; calendar days, a last day on a holiday rolls to the next working day). The acceptance day
     * is not recorded, so the award counts from the last day of acceptance.
     *
     * @param appliedOn the day the application was received
     * @return acceptance, then award
     */
    public List<Deadline> arbitration(LocalDate appliedOn) {
        CountedDate acceptance = calendar.plusWorkingDays(appliedOn, ARBITRATION_ACCEPTANCE_WORKING_DAYS);
        CountedDate award = calendar.plusCalendarDays(acceptance.date(), AWARD_DAYS);
        CountedDate extended = calendar.plusCalendarDays(acceptance.date(), AWARD_DAYS + AWARD_EXTENSION_DAYS);
        return List.of(
                new Deadline(DeadlineKind.ARBITRATION_ACCEPTANCE, appliedOn, acceptance.date(), null,
                        Deadline.Basis.RECORDED_STEP, acceptance.yearsWithoutNotice()),
                new Deadline(DeadlineKind.ARBITRATION_AWARD, acceptance.date(), award.date(), extended.date(),
                        Deadline.Basis.ACCEPTANCE_DUE, union(acceptance, award, extended)));
    }

    private Deadline calendarDays(DeadlineKind kind, LocalDate start, int days) {
        CountedDate due = calendar.plusCalendarDays(start, days);
        return new Deadline(kind, start, due.date(), null, Deadline.Basis.RECORDED_STEP, due.yearsWithoutNotice());
    }

    private static List<Integer> union(CountedDate... counts) {
        SortedSet<Integer> years = new TreeSet<>();
        for (CountedDate c : counts) {
            years.addAll(c.yearsWithoutNotice());
        }
        return List.copyOf(years);
    }

    private static LocalDate latest(LocalDate... days) {
        return Stream.of(days).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }
}
