package org.warmline.legalaid.domain.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One legal clock of a case: what it is, the day it started, the day it runs out (and the latest day with an approved
 * extension, where the rule allows one), and whether a year without a holiday notice was counted on weekends only.
 *
 * @param kind               which clock, with its rule ({@link DeadlineKind#rule()})
 * @param startsOn           the day the clock started (not counted), null when it is not running
 * @param dueOn              the last day, null when the clock is not running (e.g. wages while still employed)
 * @param extendedDueOn      the last day after the extension the rule allows (award +15 days, investigation +30
 *                           working days), else null
 * @param basis              how the start day was chosen
 * @param yearsWithoutNotice years counted on weekends only (no holiday notice in the table yet); empty normally
 */
public record Deadline(DeadlineKind kind, LocalDate startsOn, LocalDate dueOn, LocalDate extendedDueOn, Basis basis,
                       List<Integer> yearsWithoutNotice) {

    /** How a clock's start was chosen (shown to staff, so a date assumed from thin facts is visible as such). */
    public enum Basis {
        /** From the step or application day recorded on the case. */
        RECORDED_STEP,
        /** From the day the commission must have accepted at the latest (the real acceptance day is not recorded). */
        ACCEPTANCE_DUE,
        /** From the recorded end of employment (LDMAL Art. 27 para. 4). */
        EMPLOYMENT_ENDED,
        /** From the last day worked: whether or when the employment ended is not recorded, so the earliest is assumed. */
        EMPLOYMENT_END_ASSUMED,
        /** Restarted by a recorded demand, complaint, mediation application or promise to pay (LDMAL Art. 27 para. 2). */
        RESTARTED_BY_DEMAND,
        /** From the recorded end of the breach (LSI Art. 20). */
        BREACH_ENDED,
        /** Wages owed during employment: not time-barred while the job lasts (LDMAL Art. 27 para. 4). */
        NOT_RUNNING_WHILE_EMPLOYED
    }

    /** Checks the kind and basis; copies the years. */
    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        yearsWithoutNotice = List.copyOf(yearsWithoutNotice);
    }

    /** @return true when a year of the count had no holiday notice, so the day counts plain weekends only */
    public boolean weekendsOnly() {
        return !yearsWithoutNotice.isEmpty();
    }

    /** @return true when the clock runs (it has a last day) */
    public boolean running() {
        return dueOn != null;
    }

    /**
     * @param today the current day in Asia/Shanghai
     * @return calendar days from today to the last day (0 = due today, negative = passed); null when not running
     */
    public Long daysLeft(LocalDate today) {
        return dueOn == null ? null : ChronoUnit.DAYS.between(today, dueOn);
    }
}
