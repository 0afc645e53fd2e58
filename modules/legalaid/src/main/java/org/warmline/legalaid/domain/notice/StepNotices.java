package org.warmline.legalaid.domain.notice;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The notice a claimant gets when their case reaches a step (issue 12, point 6), in the worker's language
 * ({@code zh} first, {@code en}), from the bundle {@code org/warmline/legalaid/domain/notice/notices}:
 * accepted (a lawyer within 3 days, Legal Aid Law Art. 43), assigned, rejected with the reason and staff's
 * referral (else the standard one: the 12348 public legal service hotline and the labour inspectorate), mediation / labour inspection /
 * arbitration / court with the date when one is recorded (a hearing), closed with the amount recovered.
 * Intake and screening send nothing. Every text starts with the sign name (brand rule of issue 10: every SMS
 * a worker gets unasked) and stays within two UCS-2 segments (134 characters): a refusal's reason and referral
 * are cut to {@link #MAX_REASON} characters each, and the casenotices module measures every template at its longest with
 * the project's segment counter.
 */
public final class StepNotices {

    /** The most characters of a refusal reason quoted in a notice. */
    public static final int MAX_REASON = 30;

    private static final String BUNDLE = "org.warmline.legalaid.domain.notice.notices";
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final boolean english;
    private final ResourceBundle bundle;

    /** @param language the worker's language, "zh" or "en" (anything else is Chinese) */
    public StepNotices(String language) {
        this.english = "en".equals(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param step         the step the case reached: ACCEPTED, REJECTED, ASSIGNED, MEDIATION, INSPECTION,
     *                     ARBITRATION, COURT or CLOSED (any other step sends nothing)
     * @param caseId       the case number the worker can quote
     * @param onDate       the date recorded with the step (a hearing), or null
     * @param reason       a refusal's reason as staff wrote it (quoted, cut to {@link #MAX_REASON}), or null
     * @param referral     where a refused worker is sent, as staff wrote it (cut to {@link #MAX_REASON}), or null
     *                     for the standard referral (the 12348 hotline or the labour inspectorate)
     * @param recoveredFen the amount recovered at closing in fen, or null
     * @return the notice, or empty when the step sends none
     */
    public Optional<String> of(String step, long caseId, LocalDate onDate, String reason, String referral,
                               Long recoveredFen) {
        String key = switch (step == null ? "" : step) {
            case "ACCEPTED" -> "accepted";
            case "ASSIGNED" -> "assigned";
            case "REJECTED" -> (reason == null || reason.isBlank() ? "rejected.plain" : "rejected")
                    + (referral == null || referral.isBlank() ? "" : ".referral");
            case "MEDIATION", "INSPECTION", "ARBITRATION", "COURT" -> step.toLowerCase(Locale.ROOT) + (onDate == null ? "" : ".on");
            case "CLOSED" -> recoveredFen == null || recoveredFen <= 0 ? "closed" : "closed.recovered";
            default -> null;
        };
        if (key == null) {
            return Optional.empty();
        }
        if (key.startsWith("rejected")) {
            String said = reason == null || reason.isBlank() ? "" : cut(reason);
            String sentTo = referral == null || referral.isBlank() ? "" : cut(referral);
            return Optional.of(format(key, String.valueOf(caseId), said, sentTo));
        }
        Object second = key.equals("closed.recovered") ? yuan(recoveredFen) : onDate == null ? "" : date(onDate);
        return Optional.of(format(key, String.valueOf(caseId), second));
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE)
                .format(args);
    }

    /** @return a day as the worker reads it: 2027年1月15日, 15 Jan 2027 */
    private String date(LocalDate day) {
        return (english ? EN_DATE : ZH_DATE).format(day);
    }

    /** @return fen as yuan: 8,500元 (8,500.50元), 8,500 yuan */
    private String yuan(long fen) {
        NumberFormat n = NumberFormat.getNumberInstance(Locale.ENGLISH);
        n.setMinimumFractionDigits(fen % 100 == 0 ? 0 : 2);
        n.setMaximumFractionDigits(2);
        String amount = n.format(fen / 100.0);
        return english ? amount + " yuan" : amount + "元";
    }

    private static String cut(String said) {
        String text = said.strip().replaceAll("\\s+", " ");
        int length = text.codePointCount(0, text.length());
        if (length <= MAX_REASON) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_REASON - 1)) + "…";
    }
}
