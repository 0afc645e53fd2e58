/** The job-seeker request, in the worker's own words. JPA annotations only. */
package org.warmline.jobs.domain;
