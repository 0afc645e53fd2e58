package org.warmline.conversation.api;

import java.util.List;

/**
 * What became of the files of one message ({@link InboundFiles#receive}).
 *
 * @param messageId the inbound message the files are kept with, 0 when none was stored (every file refused
 *                  on a channel whose upload is not a message of its own, e.g. the chat)
 * @param duplicate whether the message had been received before (nothing new stored)
 * @param outcomes  per file, in order
 * @param reply     the reply to the worker, in their language (never empty)
 * @param language  "zh" or "en"
 * @param replyId   the stored reply's id, 0 when the reply was not stored (the caller sends it along its
 *                  own answer, e.g. with the dialog's reply)
 */
public record FileReceipt(long messageId, boolean duplicate, List<Outcome> outcomes, String reply, String language,
                          long replyId) {

    /** Copies the outcomes. */
    public FileReceipt {
        outcomes = List.copyOf(outcomes);
    }

    /** What happened to one file. */
    public enum Outcome {
        /** On the worker's open legal-aid case. */
        ON_CASE,
        /** With legal aid, waiting for the worker's case to open. */
        AWAITING_CASE,
        /** Kept with the worker's message (no legal matter): operators see it in the transcript. */
        WITH_MESSAGE,
        /** Refused: no bytes. Nothing stored. */
        EMPTY,
        /** Refused: over {@link InboundFile#MAX_BYTES}. Nothing stored. */
        TOO_LARGE,
        /** Refused: not a JPEG, PNG, WebP or HEIC picture or a PDF, whatever it claims. Nothing stored. */
        NOT_ACCEPTED,
        /** The channel could not fetch it from the provider. Nothing stored. */
        UNREACHABLE;

        /** @return whether nothing of the file was kept */
        public boolean refused() {
            return this == EMPTY || this == TOO_LARGE || this == NOT_ACCEPTED || this == UNREACHABLE;
        }
    }

    /** @return whether every file was refused */
    public boolean allRefused() {
        return outcomes.stream().allMatch(Outcome::refused);
    }
}
