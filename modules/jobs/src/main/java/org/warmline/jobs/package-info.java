/**
 * Job referral: a worker looking for work, training or start-up advice becomes a job-seeker request
 * that a job counsellor follows up. Owns the {@code jr_} tables.
 */
package org.warmline.jobs;
