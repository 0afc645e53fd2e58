package org.warmline.legalaid.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a legal-aid case (issue 12, point 3), in order: intake → screening → accepted or rejected →
 * assigned to legal-aid staff → mediation → labour-inspection complaint → arbitration → court → closed.
 * The routes of a wage claim may skip steps (a worker may go straight to arbitration; a worker drawing a
 * pension goes to court, SPC interpretation (一) Art. 32) but never go back; {@link #REJECTED} and
 * {@link #CLOSED} are final.
 */
public enum CaseStep {
    /** Taken in from the bot or a consultation; facts being completed. */
    INTAKE,
    /** Legal aid checks the criteria (means test waived for migrant workers' wages, LAL Art. 42). */
    SCREENING,
    /** Legal aid granted (decision within 7 days, LAL Art. 43). */
    ACCEPTED,
    /** Legal aid refused, with a reason and a referral. Final. */
    REJECTED,
    /** A member of legal-aid staff of the centre covering the work site takes it (within 3 days, LAL Art. 43). */
    ASSIGNED,
    /** Mediation (调解); no agreement within 15 days frees the way to arbitration (LDMAL Art. 14). */
    MEDIATION,
    /** A complaint to the labour inspectorate (劳动保障监察, LSI; accepted in 5 working days). */
    INSPECTION,
    /** Labour dispute arbitration (劳动仲裁, LDMAL Art. 28–47). */
    ARBITRATION,
    /** Court (诉讼, payment order or suit). */
    COURT,
    /** Closed with an outcome code and the amount recovered. Final. */
    CLOSED;

    /** The steps where the case is being worked on outside legal aid; their date may be recorded again (a new hearing date). */
    private static final Set<CaseStep> PROCEEDINGS = EnumSet.of(MEDIATION, INSPECTION, ARBITRATION, COURT);

    /**
     * @param next the step asked for
     * @return whether a case at this step may be moved to {@code next}: forward along the order above (skipping is
     *         allowed from {@link #ASSIGNED} on), screening may end in accepted or rejected only, closing needs an
     *         accepted case, a proceedings step may be recorded again with a new date; nothing leaves a final step
     */
    public boolean mayMoveTo(CaseStep next) {
        return switch (this) {
            case INTAKE -> next == SCREENING;
            case SCREENING -> next == ACCEPTED || next == REJECTED;
            case ACCEPTED -> next == ASSIGNED || next == CLOSED;
            case REJECTED, CLOSED -> false;
            case ASSIGNED, MEDIATION, INSPECTION, ARBITRATION, COURT ->
                    next == CLOSED || PROCEEDINGS.contains(next) && next.ordinal() >= ordinal();
        };
    }

    /** @return whether the case is finished (rejected or closed) */
    public boolean isFinal() {
        return this == REJECTED || this == CLOSED;
    }

    /** @param code a step's name, or null @return the step, empty if unknown */
    public static Optional<CaseStep> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
