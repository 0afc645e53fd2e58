package org.warmline.chat.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A six-digit one-time code, as sent by SMS and typed back by the worker. Only its salted SHA-256
 * hash is stored. (A hash of a six-digit code is no defence against someone holding the table and
 * trying all million codes; what protects a code is its 10-minute life and 5 attempts.)
 *
 * @param digits exactly six ASCII digits
 */
public record OneTimeCode(String digits) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** @throws IllegalArgumentException unless six ASCII digits */
    public OneTimeCode {
        if (digits == null || !SIX_DIGITS.matcher(digits).matches() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a one-time code is six digits");
        }
    }

    /** @return a uniformly random code 000000..999999 from a SecureRandom */
    public static OneTimeCode random() {
        return new OneTimeCode(String.format("%06d", RANDOM.nextInt(1_000_000)));
    }

    /**
     * Reads what a worker typed: full-width digits and spaces or dashes between digits are fine
     * ({@code １２３ ４５６} is {@code 123456}).
     *
     * @param typed the text as typed, may be null
     * @return the code, or empty if the text is not six digits
     */
    public static Optional<OneTimeCode> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s-]", "");
        if (plain.length() != 6 || !plain.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(new OneTimeCode(plain));
    }

    /** @return 16 random bytes as 32 hex digits, a fresh salt */
    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** @param salt hex salt @return hex SHA-256 of salt and code */
    public String hash(String salt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HexFormat.of().parseHex(salt));
            return HexFormat.of().formatHex(sha.digest(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** @return a masked form; the code itself never goes to a log */
    @Override
    public String toString() {
        return "OneTimeCode[******]";
    }
}
