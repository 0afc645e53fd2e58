package org.warmline.jobs.api;

import java.time.LocalDate;

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
}
