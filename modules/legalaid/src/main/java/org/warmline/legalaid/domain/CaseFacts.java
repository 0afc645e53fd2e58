package org.warmline.legalaid.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.warmline.core.domain.place.Place;

/**
 * The facts of a wage claim as staff or the bot give them (issue 12, point 2); every field may be null for
 * "not given" (a change leaves such fields as they are). Texts are data, kept verbatim up to their length.
 *
 * @param employerAsNamed   the employer as the worker named it (1..200)
 * @param projectName       the project or site name (≤200)
 * @param siteCode          GB/T 2260 code of the work site (2, 4 or 6 digits)
 * @param trade             the worker's trade, e.g. 钢筋工 (≤64)
 * @param workedFrom        first day worked
 * @param workedTo          last day worked (not before {@code workedFrom})
 * @param employmentEnded   whether the job has ended (null: not known)
 * @param endedOn           the day it ended
 * @param amountOwedFen     wages owed in fen (≥ 0)
 * @param monthsUnpaid      months unpaid (0..120)
 * @param absconded         the employer has absconded (欠薪逃匿, Decree 724 Art. 63)
 * @param urgent            the worker is in urgent need
 * @param lastDemandOn      latest demand, complaint or employer promise to pay (restarts limitation, LDMAL Art. 27)
 * @param breachEndedOn     end of a continuing breach (start of the 2-year inspection window, LSI Art. 20)
 * @param clientPaidLate    the client's late payment to the contractor caused the arrears (Decree 724 Art. 29)
 * @param illegalSubcontract the work was illegally subcontracted or let to an unqualified party (Art. 30, 36)
 */
public record CaseFacts(String employerAsNamed, String projectName, String siteCode, String trade,
                        LocalDate workedFrom, LocalDate workedTo, Boolean employmentEnded, LocalDate endedOn,
                        Long amountOwedFen, Integer monthsUnpaid, Boolean absconded, Boolean urgent,
                        LocalDate lastDemandOn, LocalDate breachEndedOn, Boolean clientPaidLate,
                        Boolean illegalSubcontract) {

    /** Longest employer or project name, in characters. */
    public static final int MAX_NAME = 200;

    /** Longest trade, in characters. */
    public static final int MAX_TRADE = 64;

    /** @return facts with nothing given */
    public static CaseFacts none() {
        return new CaseFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /**
     * @return field name → what is wrong (English), empty when the facts can be kept: names too long or blank,
     *         a malformed place code, a negative amount, months outside 0..120, worked-to before worked-from
     */
    public Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (employerAsNamed != null && (employerAsNamed.isBlank() || employerAsNamed.length() > MAX_NAME)) {
            errors.put("employerAsNamed", "1.." + MAX_NAME + " characters");
        }
        if (projectName != null && projectName.length() > MAX_NAME) {
            errors.put("projectName", "at most " + MAX_NAME + " characters");
        }
        if (siteCode != null && !Place.isCode(siteCode)) {
            errors.put("siteCode", "a GB/T 2260 code of 2, 4 or 6 digits");
        }
        if (trade != null && trade.length() > MAX_TRADE) {
            errors.put("trade", "at most " + MAX_TRADE + " characters");
        }
        if (workedFrom != null && workedTo != null && workedTo.isBefore(workedFrom)) {
            errors.put("workedTo", "not before workedFrom");
        }
        if (amountOwedFen != null && amountOwedFen < 0) {
            errors.put("amountOwedFen", "fen, not negative");
        }
        if (monthsUnpaid != null && (monthsUnpaid < 0 || monthsUnpaid > 120)) {
            errors.put("monthsUnpaid", "0..120");
        }
        return errors;
    }
}
