package org.warmline.legalaid.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where cases and their timeline, notes and screening rows are kept. */
public interface WageCaseRepository {

    /** @param id a case id @return the case, if any */
    Optional<WageCase> find(long id);

    /** @param wageCase a new case; it gets its id */
    void add(WageCase wageCase);

    /** @param row a timeline entry, note, screening row (any of this module's append-only entities) */
    void append(Object row);

    /** @param workerId a worker @return every case they claim in (lead or co-claimant) */
    List<WageCase> ofWorker(long workerId);

    /**
     * @param step    only cases at this step, or null
     * @param centres only cases of these help centres, or null for all
     * @param limit   at most this many, oldest first
     * @return the cases
     */
    List<WageCase> queue(CaseStep step, Collection<String> centres, int limit);

    /** @param caseId a case @return its timeline, oldest first */
    List<CaseEvent> timeline(long caseId);

    /** @param caseId a case @return its notes, oldest first */
    List<CaseNote> notes(long caseId);

    /** @param consultationId a consultation @return the worker's words in it, or null */
    String consultationWords(long consultationId);

    /** @param caseId a case @return its screening rows, oldest first */
    List<ScreeningEntry> screening(long caseId);
}
