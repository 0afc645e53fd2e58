package org.warmline.jobs.api;

/**
 * The jobs module's front door for the dialog: a worker looking for work, training or start-up
 * advice is registered as a job seeker request that a job counsellor follows up.
 */
public interface JobsIntake {

    /**
     * @param workerId        the worker (core {@code wk_worker.id})
     * @param conversationRef the conversation it came from
     * @param text            the worker's message as written (personal data; not logged)
     * @return the job-seeker request id
     */
    long registerJobSeeker(long workerId, String conversationRef, String text);
}
