package org.warmline.legalaid.api;

/**
 * The legal-aid module's front door for the dialog: a worker's message about unpaid wages (欠薪) or
 * another legal question becomes a consultation that legal-aid staff follow up.
 */
public interface LegalAidIntake {

    /**
     * Opens a consultation with what the dialog learned.
     *
     * @param intake the worker's words and the filled slots
     * @return the consultation id
     * @throws IllegalArgumentException if an amount or count is negative
     */
    long openConsultation(ConsultationIntake intake);
}
