package org.warmline.legalaid.domain.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a case says that its documents need, read once from the case (phones already masked, or in full
 * after an audited reveal). Text typed by workers or staff is kept as typed: the renderer escapes it.
 *
 * @param caseId          the case id
 * @param claimants       the workers claiming, lead worker first (at least one)
 * @param employerAsNamed the employer as the worker named it (the respondent)
 * @param projectName     project or work site name, or null
 * @param siteName        the work site's place (GB/T 2260 name, e.g. "浙江省杭州市萧山区"), or null
 * @param trade           the worker's trade (工种), or null
 * @param workedFrom      first day worked, or null if unknown
 * @param workedTo        last day worked, or null if unknown or still working
 * @param employmentEnded true: ended; false: still employed; null: unknown
 * @param endedOn         the day employment ended, or null
 * @param amountOwedFen   wages owed to all claimants together, fen
 * @param monthsUnpaid    months unpaid, or null if unknown
 * @param absconded       the employer absconded (欠薪逃匿, Criminal Law Art. 276-1)
 * @param chain           the contractor chain, client first (may be empty)
 * @param firstPayer      the party Decree 724 makes pay first, or null when the chain does not tell
 * @param evidenceHeld    evidence kinds the workers hold (LABOUR_CONTRACT, ATTENDANCE_RECORD, IOU, PAY_SLIPS,
 *                        CHAT_RECORDS, PHOTOS, CO_WORKER_STATEMENTS, EMPLOYER_HOLDS_LEDGER)
 * @param workerWords     the worker's own words (messages or consultation text), quoted as written
 * @param preparedOn      the date printed on the document (Asia/Shanghai)
 */
public record DocumentFacts(long caseId, List<Claimant> claimants, String employerAsNamed, String projectName,
                        String siteName, String trade, LocalDate workedFrom, LocalDate workedTo,
                        Boolean employmentEnded, LocalDate endedOn, long amountOwedFen, Integer monthsUnpaid,
                        boolean absconded, List<ChainParty> chain, FirstPayerNote firstPayer,
                        List<String> evidenceHeld, List<String> workerWords, LocalDate preparedOn) {

    /** Copies the lists; checks what a document cannot do without. */
    public DocumentFacts {
        claimants = List.copyOf(Objects.requireNonNull(claimants, "claimants"));
        if (claimants.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one claimant");
        }
        if (amountOwedFen < 0) {
            throw new IllegalArgumentException("amount owed must not be negative, was " + amountOwedFen);
        }
        chain = chain == null ? List.of() : List.copyOf(chain);
        evidenceHeld = evidenceHeld == null ? List.of() : List.copyOf(evidenceHeld);
        workerWords = workerWords == null ? List.of() : List.copyOf(workerWords);
        Objects.requireNonNull(preparedOn, "preparedOn");
    }

    /**
     * One worker claiming.
     *
     * @param label         how the document names them: a name if the case has one, else null (a blank
     *                      line to fill in by hand)
     * @param phone         masked (138****5678) unless revealed
     * @param amountOwedFen wages owed to this worker, fen, or null if only the case total is known
     */
    public record Claimant(String label, String phone, Long amountOwedFen) { }

    /**
     * One party of the contractor chain (Decree 724 Art. 29-30).
     *
     * @param role CLIENT, GENERAL_CONTRACTOR, SUBCONTRACTOR or FOREMAN
     * @param name the party's name as given
     */
    public record ChainParty(String role, String name) { }

    /**
     * The party that pays first and why.
     *
     * @param role    that party's role
     * @param name    its name
     * @param article the article of the Regulations on Ensuring Payment of Wages to Migrant Workers (Decree 724),
     *                "29" or "30"
     */
    public record FirstPayerNote(String role, String name, String article) { }
}
