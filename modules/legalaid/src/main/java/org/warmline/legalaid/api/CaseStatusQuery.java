package org.warmline.legalaid.api;

import java.util.Optional;

/** The bot's question "我的案子怎么样了" / "case status" (issue 12, point 6). */
public interface CaseStatusQuery {

    /**
     * @param workerId the worker asking (core {@code wk_worker.id}); a co-claimant sees the case they joined
     * @return their most recent open case's status, else their most recently closed or rejected one, empty if
     *         they have none
     */
    Optional<CaseStatus> currentCase(long workerId);
}
