package org.warmline.legalaid.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The evidence checklist of a wage claim (issue 12, point 2; research A4: what workers hold and what
 * arbitrators and inspectors accept). {@link #EMPLOYER_HOLDS_LEDGER} is the worker's fallback when they
 * hold nothing: the employer must produce the contract, roster and pay ledger or loses the point
 * (Decree 724, Art. 50; the ledger is kept at least 3 years, Art. 15).
 */
public enum EvidenceKind {
    /** A written (stamped) labour contract, 劳动合同. */
    LABOUR_CONTRACT,
    /** Attendance sheets, 考勤记录. */
    ATTENDANCE_RECORD,
    /** An IOU, 欠条, from the employer or the foreman. */
    IOU,
    /** Pay slips or payroll rosters, 工资条. */
    PAY_SLIPS,
    /** Chat records (WeChat …), electronic evidence. */
    CHAT_RECORDS,
    /** Photos: of the site, the badge, the work. */
    PHOTOS,
    /** Co-workers' statements, 工友证言. */
    CO_WORKER_STATEMENTS,
    /** The employer holds the pay ledger (Decree 724, Art. 50): it must produce it. */
    EMPLOYER_HOLDS_LEDGER;

    /**
     * @param code a kind's name, or the consultation's older {@code CONTRACT} (= {@link #LABOUR_CONTRACT})
     * @return the kind, empty if unknown
     */
    public static Optional<EvidenceKind> parse(String code) {
        if ("CONTRACT".equals(code)) {
            return Optional.of(LABOUR_CONTRACT);
        }
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
