package org.warmline.conversation.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the dialog learned from a worker in one conversation, for staff who turn the conversation into
 * a service request by hand (the console's "escalate"): the slots of the conversation's stored dialog
 * state, completed from the worker's own messages read again by the dialog engine. Read only; nothing
 * is stored or sent. Every field the worker did not give is null.
 */
public interface DialogFacts {

    /**
     * @param conversationId the conversation (conversation module's id)
     * @return what is known, or empty when there is no such conversation
     */
    Optional<Facts> factsOf(long conversationId);

    /**
     * @param conversationId the conversation
     * @param workerId       its worker (core {@code wk_worker.id})
     * @param ref            its opaque reference, as the dialog passes it to the service modules ({@code cv-<id>})
     * @param language       the conversation's language, zh or en
     * @param firstText      the worker's first message, at most 300 characters, or null when none
     * @param trip           the return-home slots (never null)
     * @param legal          the legal-aid slots (never null)
     * @param job            the jobs slots (never null)
     */
    record Facts(long conversationId, long workerId, String ref, String language, String firstText,
                 Trip trip, Legal legal, Job job) { }

    /**
     * Return-home slots.
     *
     * @param destinationCode GB/T 2260 code of where the worker travels to, or null
     * @param originCode      GB/T 2260 code of where the worker travels from, or null
     * @param travelDate      the day asked for (Asia/Shanghai), or null
     * @param earliestDate    first acceptable day, or null
     * @param latestDate      last acceptable day, or null
     * @param partySize       people travelling (1..60), or null
     * @param notes           special needs as short text, or null
     */
    record Trip(String destinationCode, String originCode, LocalDate travelDate, LocalDate earliestDate,
                LocalDate latestDate, Integer partySize, String notes) { }

    /**
     * Legal-aid slots (wage arrears first).
     *
     * @param text          the worker's first message about it, at most 300 characters, or null
     * @param topic         WAGE_ARREARS, WORK_INJURY, LABOUR_CONTRACT or OTHER, or null
     * @param employer      employer or labour contractor as named, or null
     * @param siteCode      GB/T 2260 code of the work site, or null
     * @param amountFen     wages owed in fen (yuan × 100), or null
     * @param monthsUnpaid  months unpaid, or null
     * @param coWorkersOwed other workers owed too, or null
     * @param evidence      evidence held (ATTENDANCE_RECORD, IOU, CONTRACT, CHAT_RECORDS, PHOTOS); empty when none said
     * @param urgent        the worker said it is urgent
     */
    record Legal(String text, String topic, String employer, String siteCode, Long amountFen, Integer monthsUnpaid,
                 Integer coWorkersOwed, List<String> evidence, boolean urgent) { }

    /**
     * Jobs slots.
     *
     * @param text          the worker's first message about it, at most 300 characters, or null
     * @param want          JOB, TRAINING or STARTUP, or null
     * @param trade         a standard trade (ELECTRICIAN, WELDER …), or null
     * @param locationCode  GB/T 2260 code of where the worker wants to work, or null
     * @param availableFrom first day the worker can start (Asia/Shanghai), or null
     */
    record Job(String text, String want, String trade, String locationCode, LocalDate availableFrom) { }
}
