package org.warmline.legalaid.api;

/**
 * What legal aid did with a file ({@link CaseEvidence#attach}).
 *
 * @param outcome      what happened
 * @param fileId       the stored file's id, 0 when nothing was stored
 * @param caseId       the case it is on, or null
 * @param detectedType the type read from the bytes (e.g. image/jpeg, text/plain), or null for an empty
 *                     or oversized file
 * @param kind         PHOTO or DOCUMENT when accepted, else null
 * @param size         bytes received (for an oversized file: what was read, more than the limit)
 * @param sha256       lower-case hex SHA-256 when accepted, else null
 */
public record EvidenceReceipt(Outcome outcome, long fileId, Long caseId, String detectedType, String kind,
                              long size, String sha256) {

    /** What happened to the file. */
    public enum Outcome {
        /** Stored and put on the worker's open case. */
        ON_CASE,
        /** Stored with the worker; it goes on the case when the worker's case opens. */
        AWAITING_CASE,
        /** Accepted by the check, but the worker has no legal matter: legal aid stored nothing. */
        NO_LEGAL_MATTER,
        /** Refused: no bytes. Nothing stored. */
        EMPTY,
        /** Refused: over {@link CaseEvidence#MAX_BYTES}. Nothing stored. */
        TOO_LARGE,
        /** Refused: not a JPEG, PNG, WebP, HEIC image or PDF, whatever it claims. Nothing stored. */
        NOT_ACCEPTED;

        /** @return whether the file was refused by the check */
        public boolean refused() {
            return this == EMPTY || this == TOO_LARGE || this == NOT_ACCEPTED;
        }
    }
}
