package org.warmline.core.domain.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form (e.g. {@code +8613800138000}), normalised with Google's
 * libphonenumber (the parsing and validity rules are libphonenumber's metadata, not Warmline's).
 *
 * <p>The canonical constructor only checks the E.164 shape ({@code +}, country code, 7 to 15 digits in
 * all); use {@link #parse(String)} for anything a person typed.
 *
 * @param e164 the number in E.164 form, e.g. {@code +8613800138000}
 */
public record PhoneNumber(String e164) {

    /** Default region for numbers written without a country code: mainland China. */
    public static final String DEFAULT_REGION = "CN";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final int CHINA = 86;

    /**
     * Checks the E.164 shape.
     *
     * @throws InvalidPhoneNumberException if {@code e164} is null or not in E.164 form (the message
     *                                     does not repeat the number)
     */
    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new InvalidPhoneNumberException("not an E.164 phone number (expected + and 7 to 15 digits)");
        }
    }

    /**
     * Parses a number as a worker or Twilio writes it; Chinese numbers without a country code are
     * read as CN (13800138000, 138 0013 8000, +86 138-0013-8000, 0086..., 86..., full-width digits).
     * Parsing and validation are libphonenumber's {@code parse(raw, "CN")} and {@code isValidNumber}:
     * a number that parses but is not valid for its country (too short, too long, an unassigned
     * range, a landline without its area code) is rejected.
     *
     * @param raw the text as received
     * @return the normalised number
     * @throws InvalidPhoneNumberException if the text is not a valid phone number; the message never
     *                                     contains the number itself (personal data)
     */
    public static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPhoneNumberException("phone number is empty");
        }
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(raw, DEFAULT_REGION);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException("not a phone number (" + e.getErrorType() + ")");
        }
        if (!UTIL.isValidNumber(parsed)) {
            throw new InvalidPhoneNumberException("not a valid phone number for country code +"
                    + parsed.getCountryCode());
        }
        return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
    }

    /**
     * Masks the number for lists and logs. A Chinese mobile keeps its first 3 and last 4 digits
     * ({@code +8613812345678} → {@code 138****5678}, the form Chinese services print); any other
     * number keeps its country code and last 4 digits ({@code +861065529988} → {@code +86****9988},
     * {@code +14158675309} → {@code +1****5309}). The country code comes from libphonenumber.
     *
     * @return the masked number, never the full number
     */
    public String masked() {
        int countryCode = countryCode();
        String national = e164.substring(1 + String.valueOf(countryCode).length());
        String last4 = national.length() > 4 ? national.substring(national.length() - 4) : "";
        if (countryCode == CHINA && national.length() == 11 && national.charAt(0) == '1') {
            return national.substring(0, 3) + "****" + last4;
        }
        return "+" + countryCode + "****" + last4;
    }

    /**
     * The full number as a person dials it from a phone in China: a Chinese number in libphonenumber's
     * national format ({@code +8613800138000} → {@code 138 0013 8000}), any other in its international
     * format ({@code +1 415-867-5309}). Personal data: only for a revealed manifest, never in lists or logs.
     *
     * @return the formatted full number
     */
    public String dialable() {
        Phonenumber.PhoneNumber n = libPhoneNumber();
        return UTIL.format(n, n.getCountryCode() == CHINA ? PhoneNumberFormat.NATIONAL
                : PhoneNumberFormat.INTERNATIONAL);
    }

    /** @return the country calling code, e.g. 86 (from libphonenumber's country-code table) */
    public int countryCode() {
        return libPhoneNumber().getCountryCode();
    }

    private Phonenumber.PhoneNumber libPhoneNumber() {
        try {
            return UTIL.parse(e164, DEFAULT_REGION);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException("not an E.164 phone number (" + e.getErrorType() + ")");
        }
    }

    /**
     * @return true if libphonenumber classifies the number as a mobile (or, for regions that do not
     *         tell them apart, fixed-line-or-mobile) number
     */
    public boolean isMobile() {
        PhoneNumberType type = UTIL.getNumberType(libPhoneNumber());
        return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
    }

    /** @return the masked form, so that a number never reaches a log in full by accident */
    @Override
    public String toString() {
        return "PhoneNumber[" + masked() + "]";
    }

    /**
     * For log lines about an address that may not be a phone number (an outbox row's recipient).
     *
     * @param raw any address, or null
     * @return the masked number (138****8000), or "(address)" when it is not a phone number
     */
    public static String maskedForLog(String raw) {
        try {
            return parse(raw).masked();
        } catch (RuntimeException e) {
            return "(address)";
        }
    }
}
