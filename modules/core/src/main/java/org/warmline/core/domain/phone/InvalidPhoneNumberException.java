package org.warmline.core.domain.phone;

/** Thrown by {@link PhoneNumber#parse(String)} when the text is not a valid phone number. */
public final class InvalidPhoneNumberException extends IllegalArgumentException {
    /** @param message what was wrong, without the full number (personal data) */
    public InvalidPhoneNumberException(String message) {
        super(message);
    }
}
