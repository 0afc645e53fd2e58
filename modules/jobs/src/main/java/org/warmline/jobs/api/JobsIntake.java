package org.warmline.jobs.api;

/**
 * The jobs module's front door for the dialog: a worker looking for work, training or start-up
 * advice is registered as a job-seeker request that a job counsellor follows up.
 */
public interface JobsIntake {

    /**
     * @param intake the worker's words and the filled slots
     * @return the job-seeker request id
     * @throws IllegalArgumentException for a malformed place code
     */
    long registerJobSeeker(JobSeekerIntake intake);
}
