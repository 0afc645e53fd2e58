/** Job seekers, postings, referrals and courses. JPA annotations only. */
package org.warmline.jobs.domain;
