package org.warmline.legalaid.api;

/**
 * The legal-aid module's front door for the dialog: a worker's message about unpaid wages (欠薪) or
 * another legal question becomes a consultation that legal-aid staff follow up.
 */
public interface LegalAidIntake {

    /**
     * Opens a consultation from the worker's own words.
     *
     * @param workerId        the worker (core {@code wk_worker.id})
     * @param conversationRef the conversation it came from
     * @param text            the worker's message, as written (personal data; not logged)
     * @return the consultation id
     */
    long openConsultation(long workerId, String conversationRef, String text);
}
