package org.warmline.sms.application;

import org.warmline.conversation.api.SendFailure;

/** A provider did not take a message; {@link #failure()} says whether to retry. */
public class SmsSendException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SendFailure failure;

    /**
     * @param failure the sorted failure
     * @param cause   the provider client's exception, or null
     */
    public SmsSendException(SendFailure failure, Throwable cause) {
        super(failure.category() + " " + (failure.code() == null ? "" : failure.code() + " ") + failure.reason(), cause);
        this.failure = failure;
    }

    /** @return the sorted failure */
    public SendFailure failure() {
        return failure;
    }
}
