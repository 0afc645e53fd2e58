/** Transactional job-referral use cases. */
package org.warmline.jobs.application;
