package org.warmline.legalaid.api;

import java.util.List;
import java.util.Set;

/**
 * What the dialog learned about a legal question (wage arrears first). Unknown fields are null.
 *
 * @param workerId        the claimant (core {@code wk_worker.id})
 * @param conversationRef the conversation it came from
 * @param text            the worker's first message on it, as written (personal data; never logged)
 * @param topic           WAGE_ARREARS, WORK_INJURY, LABOUR_CONTRACT, SOCIAL_INSURANCE or OTHER
 * @param employer        employer or labour contractor (包工头) as the worker names them
 * @param siteCode        GB/T 2260 code of the work site
 * @param amountFen       wages owed in fen (yuan × 100)
 * @param monthsUnpaid    months of unpaid wages
 * @param coWorkersOwed   how many co-workers are owed too (not counting the worker)
 * @param evidence        what the worker holds: one of {@link #EVIDENCE} (CONTRACT is the older name of LABOUR_CONTRACT)
 * @param urgent          the worker is in urgent need (no money to eat, stranded …)
 * @param contractor      the labour contractor (包工头) by the name the worker gave, when the employer is
 *                        a company ("包工头姓王，叫王建国，公司是…" → 王建国), or null
 * @param details         the rest of a wage claim the bot learned (period, chain, evidence …), or null
 */
public record ConsultationIntake(long workerId, String conversationRef, String text, String topic, String employer,
                                 String siteCode, Long amountFen, Integer monthsUnpaid, Integer coWorkersOwed,
                                 List<String> evidence, boolean urgent, String contractor, WageClaimDetails details) {

    /**
     * An intake without wage-claim details (the bot before issue 12).
     *
     * @param workerId        the claimant
     * @param conversationRef the conversation
     * @param text            the worker's words
     * @param topic           the topic
     * @param employer        employer or contractor
     * @param siteCode        work site code
     * @param amountFen       wages owed in fen
     * @param monthsUnpaid    months unpaid
     * @param coWorkersOwed   co-workers owed too
     * @param evidence        evidence kinds
     * @param urgent          urgent need
     * @param contractor      the labour contractor as named, or null
     */
    public ConsultationIntake(long workerId, String conversationRef, String text, String topic, String employer,
                              String siteCode, Long amountFen, Integer monthsUnpaid, Integer coWorkersOwed,
                              List<String> evidence, boolean urgent, String contractor) {
        this(workerId, conversationRef, text, topic, employer, siteCode, amountFen, monthsUnpaid, coWorkersOwed,
                evidence, urgent, contractor, null);
    }

    /**
     * An intake without a contractor's name (as staff open one from the console).
     *
     * @param workerId        the claimant
     * @param conversationRef the conversation
     * @param text            the worker's words
     * @param topic           the topic
     * @param employer        employer or contractor
     * @param siteCode        work site code
     * @param amountFen       wages owed in fen
     * @param monthsUnpaid    months unpaid
     * @param coWorkersOwed   co-workers owed too
     * @param evidence        evidence kinds
     * @param urgent          urgent need
     */
    public ConsultationIntake(long workerId, String conversationRef, String text, String topic, String employer,
                              String siteCode, Long amountFen, Integer monthsUnpaid, Integer coWorkersOwed,
                              List<String> evidence, boolean urgent) {
        this(workerId, conversationRef, text, topic, employer, siteCode, amountFen, monthsUnpaid, coWorkersOwed,
                evidence, urgent, null, null);
    }

    /** The topics legal aid takes (wage arrears first). */
    public static final List<String> TOPICS = List.of("WAGE_ARREARS", "WORK_INJURY", "LABOUR_CONTRACT",
            "SOCIAL_INSURANCE", "OTHER");

    /** The kinds of evidence a consultation records. */
    public static final List<String> EVIDENCE = List.of("ATTENDANCE_RECORD", "IOU", "CONTRACT", "CHAT_RECORDS", "PHOTOS",
            "LABOUR_CONTRACT", "PAY_SLIPS", "CO_WORKER_STATEMENTS", "EMPLOYER_HOLDS_LEDGER");

    /**
     * Copies the evidence list; a null topic becomes OTHER.
     *
     * @throws IllegalArgumentException if the topic is not one of {@link #TOPICS} or an evidence not one of
     *                                  {@link #EVIDENCE}
     */
    public ConsultationIntake {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        topic = topic == null ? "OTHER" : topic;
        if (!TOPICS.contains(topic)) {
            throw new IllegalArgumentException("topic must be one of " + TOPICS);
        }
        if (!Set.copyOf(EVIDENCE).containsAll(evidence)) {
            throw new IllegalArgumentException("evidence must be among " + EVIDENCE);
        }
    }
}
