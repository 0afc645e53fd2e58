package org.warmline.core.domain.phone;

/**
 * A phone number in E.164 form (e.g. {@code +8613800138000}), normalised with libphonenumber.
 * SKELETON: to be implemented.
 */
public record PhoneNumber(String e164) {

    /**
     * Parses a number as a worker or Twilio writes it; Chinese numbers without a country code are
     * read as CN (13800138000, 138 0013 8000, +86 138-0013-8000, 0086..., 86..., full-width digits).
     *
     * @param raw the text as received
     * @return the normalised number
     * @throws InvalidPhoneNumberException if the text is not a valid phone number
     */
    public static PhoneNumber parse(String raw) {
        throw new UnsupportedOperationException("todo");
    }

    /** @return the number masked for lists and logs, e.g. {@code 138****8000} for a Chinese mobile. */
    public String masked() {
        throw new UnsupportedOperationException("todo");
    }
}
