package org.warmline.jobs.api;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the dialog learned from a worker looking for work, training or start-up help. Unknown
 * fields are null.
 *
 * @param workerId        the worker (core {@code wk_worker.id})
 * @param conversationRef the conversation it came from
 * @param text            the worker's first message on it (personal data; never logged)
 * @param want            JOB, TRAINING or STARTUP (start-up advice / small loan)
 * @param trade           a standard trade (ELECTRICIAN, WELDER, RENOVATION …)
 * @param locationCode    GB/T 2260 code of where they want to work
 * @param availableFrom   first day they can start, Asia/Shanghai
 */
public record JobSeekerIntake(long workerId, String conversationRef, String text, String want, String trade,
                              String locationCode, LocalDate availableFrom) {

    /** What a job seeker can ask for: a job, skills training, start-up advice or a small loan. */
    public static final List<String> WANTS = List.of("JOB", "TRAINING", "STARTUP");

    /** A standard trade's form: upper-case letters and underscores (ELECTRICIAN, GENERAL_LABOUR …). */
    public static final Pattern TRADE = Pattern.compile("[A-Z][A-Z_]{1,31}");

    /**
     * @throws IllegalArgumentException if a given want is not one of {@link #WANTS} or a given trade does not
     *                                  match {@link #TRADE}
     */
    public JobSeekerIntake {
        if (want != null && !WANTS.contains(want)) {
            throw new IllegalArgumentException("want must be one of " + WANTS);
        }
        if (trade != null && !TRADE.matcher(trade).matches()) {
            throw new IllegalArgumentException("a trade is written like ELECTRICIAN or GENERAL_LABOUR");
        }
    }
}
