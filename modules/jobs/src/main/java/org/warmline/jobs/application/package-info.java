/**
 * Transactional job-referral use cases: register job seekers from the dialog, jobs' part of a worker's
 * file, and moving their requests when two workers are merged.
 */
package org.warmline.jobs.application;
