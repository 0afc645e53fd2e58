package org.warmline.legalaid.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The seam through which the case queue and the worker's status question learn each case's nearest legal
 * deadline. laclock's {@code DeadlineService} implements it (one {@code @ApplicationScoped} bean); until then
 * none exists and the queue sorts by urgency, then age.
 */
public interface CaseDeadlineSource {

    /**
     * A case's nearest open deadline.
     *
     * @param what a stable code of the deadline (e.g. ARBITRATION_LIMITATION, INSPECTION_ACCEPTANCE)
     * @param due  the last day (Asia/Shanghai)
     */
    record Due(String what, LocalDate due) { }

    /**
     * @param caseIds cases
     * @return per case id, its nearest open deadline; cases without one are left out
     */
    Map<Long, Due> nearest(Collection<Long> caseIds);
}
