package org.warmline.legalaid.api;

/**
 * The legal-aid module's front door for evidence files (issue 12, point 6): the conversation module
 * hands over each photo or document a worker sent (through /chat or Twilio MMS); legal aid checks it
 * (real type from the bytes: JPEG, PNG, WebP, HEIC/HEIF or PDF; at most 5 MiB), keeps it with the
 * worker's open case (or with the worker until a case opens) and marks the case's PHOTOS evidence.
 */
public interface CaseEvidence {

    /** Largest file accepted, in bytes (5 MiB); a channel stops reading a little past it. */
    int MAX_BYTES = 5 * 1024 * 1024;

    /**
     * Checks and, when accepted and the worker has a legal matter, stores a file. Idempotent on
     * channel + {@link EvidenceUpload#sourceRef()}: a second delivery stores nothing new and answers
     * as the first.
     *
     * @param workerId the worker who sent it
     * @param upload   the file
     * @return what happened: stored on a case, stored until a case opens, refused (nothing stored), or
     *         not taken because the worker has no legal matter (nothing stored here)
     */
    EvidenceReceipt attach(long workerId, EvidenceUpload upload);
}
