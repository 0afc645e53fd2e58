package org.warmline.legalaid.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The rest of a wage claim the bot's legal intake learned (issue 12, point 6: ask only what is missing;
 * "不知道" leaves a field null). Legal aid copies every non-null field into the worker's case.
 *
 * @param projectName     project or site name, or null
 * @param trade           the worker's trade (钢筋工 …), or null
 * @param workedFrom      first day worked, or null
 * @param workedTo        last day worked, or null
 * @param employmentEnded whether the job has ended, null if not known
 * @param endedOn         the day it ended, or null
 * @param absconded       the employer ran off (欠薪逃匿), null if not known
 * @param lastDemandOn    the latest day the worker asked to be paid or the employer promised to pay, or null
 * @param chain           the contractor chain, top to bottom; empty if not known
 * @param evidence        evidence kinds the worker holds (one of {@link #EVIDENCE}); empty if none
 */
public record WageClaimDetails(String projectName, String trade, LocalDate workedFrom, LocalDate workedTo,
                               Boolean employmentEnded, LocalDate endedOn, Boolean absconded, LocalDate lastDemandOn,
                               List<ContractorParty> chain, List<String> evidence) {

    /** The evidence checklist's kinds (Decree 724 Art. 50 for EMPLOYER_HOLDS_LEDGER). */
    public static final List<String> EVIDENCE = List.of("LABOUR_CONTRACT", "ATTENDANCE_RECORD", "IOU", "PAY_SLIPS",
            "CHAT_RECORDS", "PHOTOS", "CO_WORKER_STATEMENTS", "EMPLOYER_HOLDS_LEDGER");

    /**
     * Copies the lists (null becomes empty).
     *
     * @throws IllegalArgumentException for an unknown evidence kind or a last day worked before the first
     */
    public WageClaimDetails {
        chain = chain == null ? List.of() : List.copyOf(chain);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        if (!Set.copyOf(EVIDENCE).containsAll(evidence)) {
            throw new IllegalArgumentException("evidence must be among " + EVIDENCE);
        }
        if (workedFrom != null && workedTo != null && workedTo.isBefore(workedFrom)) {
            throw new IllegalArgumentException("the last day worked is before the first");
        }
    }
}
