package org.warmline.legalaid.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule "one problem of one worker against one employer is one case" (issue 12, point 1): a repeat message
 * or a second consultation joins the open case instead of opening another.
 */
public final class OneCasePerClaim {

    private OneCasePerClaim() {
    }

    /**
     * @param casesOfWorker      cases the worker claims in (any step)
     * @param workerId           the worker
     * @param topic              the new message's topic
     * @param employerNormalised the employer's normalised name in the new message, or null if it names none
     * @return the open case of the same topic in which the worker claims, against the same normalised employer;
     *         when either side names no employer, the worker's most recently changed open case of that topic
     *         (a repeat message rarely repeats the employer); empty if a new case is due
     */
    public static Optional<WageCase> openCaseFor(Collection<WageCase> casesOfWorker, long workerId, CaseTopic topic,
                                                 String employerNormalised) {
        List<WageCase> open = casesOfWorker.stream()
                .filter(c -> c.isOpen() && c.topic() == topic && c.involves(workerId))
                .sorted(Comparator.comparing(WageCase::updatedAt).reversed())
                .toList();
        if (employerNormalised == null) {
            return open.stream().findFirst();
        }
        return open.stream().filter(c -> Objects.equals(c.employerNormalised(), employerNormalised)).findFirst()
                .or(() -> open.stream().filter(c -> c.employerNormalised() == null).findFirst());
    }
}
