package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.worker.Worker;
import org.warmline.legalaid.api.ClaimantNotices;
import org.warmline.legalaid.domain.CaseClaimant;
import org.warmline.legalaid.domain.CaseStep;
import org.warmline.legalaid.domain.WageCase;
import org.warmline.legalaid.domain.WageCaseRepository;
import org.warmline.legalaid.domain.notice.StepNotices;

/**
 * Tells every claimant of a case, by SMS (or in the chat of a chat-only worker), that their case reached a step
 * (issue 12, point 6): accepted, assigned, refused with the reason and referral, mediation / inspection /
 * arbitration / court with the hearing date, closed with the amount recovered; in each worker's own language
 * ({@link StepNotices}). Observes {@link CaseStepRecorded} with plain {@code @Observes}, inside the step's
 * transaction, and queues through the {@link ClaimantNotices} port: the notice exists exactly when the step
 * commits, and a step rolled back sends nothing.
 *
 * <p>A date staff gave with a mediation, arbitration or court step is a hearing and is told when it lies
 * ahead; the event carries today's date when staff gave none, so a date not after today is left out. A
 * complaint to the labour inspectorate is told with its filing date.
 */
@ApplicationScoped
public class CaseStepNotices {

    private static final Logger LOG = Logger.getLogger(CaseStepNotices.class.getName());
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    WageCaseRepository cases;

    @Inject
    WorkerDirectory workers;

    @Inject
    ClaimantNotices notices;

    @Inject
    Clock clock;

    /**
     * @param recorded the step just recorded, in its transaction
     */
    void onStep(@Observes CaseStepRecorded recorded) {
        Optional<WageCase> found = cases.find(recorded.caseId());
        if (found.isEmpty()) {
            return;
        }
        WageCase c = found.get();
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        LocalDate on = shownDate(recorded.step(), recorded.onDate(), today);
        Set<Long> claimants = new LinkedHashSet<>();
        claimants.add(c.leadWorkerId());
        c.claimants().stream().map(CaseClaimant::workerId).forEach(claimants::add);
        for (long workerId : claimants) {
            Optional<Worker> worker = workers.byId(workerId);
            if (worker.isEmpty() || worker.get().noticeChannel() == null) {
                LOG.info(() -> "Case " + c.id() + " reached " + recorded.step() + ": worker " + workerId
                        + " cannot be told (no phone, no chat)");
                continue;
            }
            Optional<String> text = new StepNotices(worker.get().language()).of(recorded.step().name(), c.id(), on,
                    c.rejectionReason(), c.referral(), c.recoveredFen());
            text.ifPresent(t -> {
                long id = notices.send(workerId, t);
                LOG.fine(() -> "Case " + c.id() + " step " + recorded.step() + " notice " + id + " for "
                        + worker.get().maskedPhone());
            });
        }
    }

    /** The date a notice of {@code step} tells: a hearing ahead, or the day of an inspection complaint; else null. */
    static LocalDate shownDate(CaseStep step, LocalDate onDate, LocalDate today) {
        if (onDate == null) {
            return null;
        }
        return switch (step) {
            case INSPECTION -> onDate;
            case MEDIATION, ARBITRATION, COURT -> onDate.isAfter(today) ? onDate : null;
            default -> null;
        };
    }
}
