package org.warmline.core.application;

import java.time.Instant;
import java.util.List;

/**
 * One service module's part of a worker's file (一人一档): every module that holds requests of a
 * worker implements this (a CDI bean), and the console gathers all of them. Defined in the shared
 * kernel so that no module has to know the others.
 */
public interface WorkerFileSource {

    /**
     * One request of the worker.
     *
     * @param service   the module, e.g. returnhome, legalaid, jobs
     * @param kind      what it is, e.g. trip-request, consultation, job-seeker
     * @param id        its id in the module
     * @param status    its status in the module
     * @param summary   a short staff-facing summary (codes, dates, amounts; no phone number)
     * @param createdAt when it was made
     */
    record Entry(String service, String kind, long id, String status, String summary, Instant createdAt) { }

    /**
     * @param workerId the worker (core {@code wk_worker.id})
     * @return the worker's requests in this module, newest first
     */
    List<Entry> entriesFor(long workerId);
}
