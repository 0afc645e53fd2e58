package org.warmline.conversation.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something the application layer must do after a dialog turn; the engine itself changes nothing
 * outside the returned {@link DialogState}.
 */
public sealed interface DialogAction {

    /**
     * All four trip slots are known and the worker has been asked to confirm them. The application
     * creates the conversation's unconfirmed trip request, or replaces it if one exists.
     *
     * @param destinationCode GB/T 2260 code of home (2, 4 or 6 digits)
     * @param originCode      GB/T 2260 code of where the worker is now
     * @param travelDate      the day of travel, in Asia/Shanghai
     * @param partySize       people travelling, 1..60
     */
    record DraftTripRequest(String destinationCode, String originCode, LocalDate travelDate, int partySize)
            implements DialogAction {
        /** Checks that every slot is present and the party size is 1..60. */
        public DraftTripRequest {
            Objects.requireNonNull(destinationCode, "destinationCode");
            Objects.requireNonNull(originCode, "originCode");
            Objects.requireNonNull(travelDate, "travelDate");
            if (partySize < 1 || partySize > 60) {
                throw new IllegalArgumentException("party size must be 1..60, was " + partySize);
            }
        }
    }

    /** The worker confirmed the draft trip request. */
    record ConfirmTripRequest() implements DialogAction { }

    /** The worker rejected the draft or restarted; the unconfirmed request is to be dropped. */
    record DiscardTripRequestDraft() implements DialogAction { }

    /**
     * A wage-arrears or other legal message, stored for legal-aid staff to follow up.
     *
     * @param text the worker's message, in full
     */
    record RecordLegalIntake(String text) implements DialogAction {
        /** Requires the text. */
        public RecordLegalIntake {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A job or training message, stored for a job counsellor to follow up.
     *
     * @param text the worker's message, in full
     */
    record RecordJobIntake(String text) implements DialogAction {
        /** Requires the text. */
        public RecordJobIntake {
            Objects.requireNonNull(text, "text");
        }
    }
}
