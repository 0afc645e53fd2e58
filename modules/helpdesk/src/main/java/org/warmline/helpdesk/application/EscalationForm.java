package org.warmline.helpdesk.application;

import java.time.LocalDate;
import java.util.List;
import org.warmline.helpdesk.domain.Ticket;

/**
 * An operator's escalation form (issue 5 item 4), typed and already checked field by field where it came in
 * (the console API answers 422 naming every wrong field before this exists): places as GB/T 2260 codes, days
 * as dates (Asia/Shanghai), amounts in fen, choices in upper case.
 */
public sealed interface EscalationForm {

    /** @return the module the form creates a request in */
    Ticket.Service service();

    /**
     * A trip request (returnhome).
     *
     * @param destinationCode where to, a GB/T 2260 code
     * @param originCode      from where, a GB/T 2260 code
     * @param travelDate      the travel day, not past
     * @param earliestDate    the earliest day the party can travel, or null
     * @param latestDate      the latest day, or null
     * @param partySize       people, 1..60
     * @param notes           notes (at most 500 characters), or null
     */
    record Trip(String destinationCode, String originCode, LocalDate travelDate, LocalDate earliestDate,
                LocalDate latestDate, int partySize, String notes) implements EscalationForm {
        /** @return RETURNHOME */
        @Override
        public Ticket.Service service() {
            return Ticket.Service.RETURNHOME;
        }
    }

    /**
     * A legal consultation (legalaid).
     *
     * @param topic         one of {@code ConsultationIntake.TOPICS}
     * @param text          the worker's description, or null for their first message
     * @param employer      the employer's name, or null
     * @param siteCode      where the work was, a GB/T 2260 code, or null
     * @param amountFen     the amount owed in fen (≥ 0), or null
     * @param monthsUnpaid  months unpaid (0..240), or null
     * @param coWorkersOwed co-workers owed too, or null
     * @param evidence      kinds of evidence, each one of {@code ConsultationIntake.EVIDENCE}
     * @param urgent        whether it is urgent
     */
    record Legal(String topic, String text, String employer, String siteCode, Long amountFen, Integer monthsUnpaid,
                 Integer coWorkersOwed, List<String> evidence, boolean urgent) implements EscalationForm {
        /** Copies the evidence. */
        public Legal {
            evidence = List.copyOf(evidence);
        }

        /** @return LEGALAID */
        @Override
        public Ticket.Service service() {
            return Ticket.Service.LEGALAID;
        }
    }

    /**
     * A job-seeker request (jobs).
     *
     * @param want          one of {@code JobSeekerIntake.WANTS}
     * @param text          the worker's description, or null for their first message
     * @param trade         a standard trade name, or null
     * @param locationCode  where, a GB/T 2260 code, or null
     * @param availableFrom from when, or null
     */
    record Job(String want, String text, String trade, String locationCode, LocalDate availableFrom)
            implements EscalationForm {
        /** @return JOBS */
        @Override
        public Ticket.Service service() {
            return Ticket.Service.JOBS;
        }
    }
}
