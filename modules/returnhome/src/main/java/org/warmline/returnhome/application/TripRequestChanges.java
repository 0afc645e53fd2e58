package org.warmline.returnhome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.core.domain.place.EnglishNames;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.text.SafeText;
import org.warmline.core.domain.worker.Worker;
import org.warmline.returnhome.api.PassengerNotices;
import org.warmline.returnhome.api.TripChangeAnswer;
import org.warmline.returnhome.api.WorkerTripChange;
import org.warmline.returnhome.api.WorkerTripChanges;
import org.warmline.returnhome.domain.ChangeTexts;
import org.warmline.returnhome.domain.Trip;
import org.warmline.returnhome.domain.TripChangeRefused;
import org.warmline.returnhome.domain.TripRequest;
import org.warmline.returnhome.domain.TripRequestRepository;
import org.warmline.returnhome.domain.TripRequest.ChangedBy;
import org.warmline.returnhome.domain.TripRequestChange;
import org.warmline.returnhome.domain.TripRequestStatus;

/**
 * Change and cancel of a confirmed or waiting trip request (issue 10, point 4), by the worker in the
 * dialog ({@link WorkerTripChanges}: check, then apply after their 1) and by staff on the worker's behalf
 * (operators from a conversation, coordinators from the returnhome pages): reason required, centre-scoped,
 * recorded in the audit log with the reason, the worker told through {@link PassengerNotices}. The rules
 * are the request's ({@link TripRequest#refusal}); the trip is locked so that a bigger party and another
 * assignment never overbook it together.
 */
@ApplicationScoped
@Transactional
public class TripRequestChanges implements WorkerTripChanges {

    private static final Logger LOG = Logger.getLogger(TripRequestChanges.class.getName());
    /** The longest reason kept, in characters. */
    public static final int MAX_REASON = 500;
    /** The statuses of a request that can still change. */
    private static final List<TripRequestStatus> OPEN = List.of(TripRequestStatus.CONFIRMED,
            TripRequestStatus.WAITLISTED, TripRequestStatus.OFFERED, TripRequestStatus.SEAT_CONFIRMED);

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    TripRequestRepository requests;

    @Inject
    Clock clock;

    @Inject
    WorkerDirectory workers;

    @Inject
    Gazetteer gazetteer;

    @Inject
    PassengerNotices notices;

    @Inject
    CentreAccess access;

    @Inject
    AuditLog audit;

    @Override
    public TripChangeAnswer check(long workerId, WorkerTripChange asked, String language) {
        Optional<TripRequest> open = newestOpen(workerId);
        if (open.isEmpty()) {
            return new TripChangeAnswer(TripChangeAnswer.Outcome.NO_REQUEST, null, asked, null);
        }
        TripRequest r = open.get();
        WorkerTripChange resolved = resolve(asked, r);
        ChangeTexts texts = texts(language);
        TripRequestChange change = domain(resolved);
        Trip trip = r.tripId() == null ? null : em.find(Trip.class, r.tripId());
        List<TripRequest> passengers = holding(trip);
        TripChangeRefused refused = r.refusal(change, trip, passengers, ChangedBy.WORKER, clock.instant());
        if (refused != null) {
            return new TripChangeAnswer(TripChangeAnswer.Outcome.REFUSED, r.id(), resolved,
                    texts.refused(refused, r, trip, change));
        }
        return new TripChangeAnswer(TripChangeAnswer.Outcome.CONFIRM, r.id(), resolved,
                texts.question(r, change, r.wouldLeave(change, trip, passengers)));
    }

    @Override
    public TripChangeAnswer apply(long workerId, long requestId, WorkerTripChange resolved, String language) {
        TripRequest r = em.find(TripRequest.class, requestId);
        ChangeTexts texts = texts(language);
        if (r == null || r.workerId() != workerId || !OPEN.contains(r.status())) {
            return new TripChangeAnswer(TripChangeAnswer.Outcome.NO_REQUEST, null, resolved,
                    texts.refused(new TripChangeRefused(TripChangeRefused.Reason.NOT_OPEN, 0, "not open"), r, null,
                            null));
        }
        TripRequestChange change = domain(resolved);
        Trip trip = lockedTrip(r);
        List<TripRequest> passengers = holding(trip);
        try {
            boolean left = r.amend(change, trip, passengers, ChangedBy.WORKER, clock.instant());
            LOG.info(() -> "Trip request " + requestId + ": " + change.kind() + " by the worker" + (left ? ", left trip "
                    + (trip == null ? "" : trip.id()) : ""));
            return new TripChangeAnswer(TripChangeAnswer.Outcome.CHANGED, requestId, resolved, texts.done(r, left));
        } catch (TripChangeRefused refused) {
            return new TripChangeAnswer(TripChangeAnswer.Outcome.REFUSED, requestId, resolved,
                    texts.refused(refused, r, trip, change));
        }
    }

    /**
     * A member of staff changes or cancels a request on the worker's behalf. Not bound by the worker's
     * 12-hour rule; every other rule of {@link TripRequest#refusal} holds. The worker is told (what changed,
     * the reason when {@code tellReason}, how to reply); the audit log keeps who, what and the reason.
     *
     * @param scope      who asks: the request (and a new destination) must be their centre's
     * @param requestId  the request
     * @param change     what changes
     * @param reason     why, 1..{@link #MAX_REASON} characters (required)
     * @param tellReason whether the reason is meant for the worker (it goes into their notice)
     * @return the request after the change
     * @throws InvalidChangeProblem (422) without a reason
     * @throws NotFoundProblem if there is no such request
     * @throws OutsideCentreProblem (403, audited) if it, or the new destination, is another centre's
     * @throws TripChangeRefused (409, or 422 for a past day / the same value) if a rule forbids it
     */
    public TripRequest change(CentreScope scope, long requestId, TripRequestChange change, String reason,
                              boolean tellReason) {
        String action = change.kind() == TripRequestChange.Kind.CANCEL ? "trip-request.cancel" : "trip-request.change";
        TripRequest r = em.find(TripRequest.class, requestId);
        if (r == null) {
            throw new NotFoundProblem("no trip request " + requestId);
        }
        access.check(scope, r, action);
        String why = requireReason(reason);
        if (change.kind() == TripRequestChange.Kind.DESTINATION) {
            access.require(scope, List.of(r.originCode(), change.destinationCode()), action, "trip-request",
                    String.valueOf(requestId));
        }
        String before = summary(r);
        Trip trip = lockedTrip(r);
        boolean left = r.amend(change, trip, holding(trip), ChangedBy.STAFF, clock.instant());
        audit.record(scope.username(), change.kind() == TripRequestChange.Kind.CANCEL ? "trip-request.cancelled"
                        : "trip-request.changed", "trip-request", String.valueOf(requestId),
                change.kind() + ": " + before + " -> " + summary(r) + (left ? "; left trip " + trip.id() : "")
                        + "; reason: " + why + (tellReason ? " (told the worker)" : ""));
        tell(r, left, tellReason ? why : null);
        return r;
    }

    /**
     * Queues the worker's notice of a staff change on their own channel (SMS, or their chat when they have
     * no phone: {@link PassengerNotices}); a worker nobody can reach is skipped (logged, ids only).
     */
    private void tell(TripRequest r, boolean left, String reason) {
        Optional<Worker> w = workers.byId(r.workerId());
        if (PassengerNotices.reach(w.orElse(null)) == PassengerNotices.Reach.UNREACHABLE) {
            LOG.warning(() -> "No notice for request " + r.id() + ": worker " + r.workerId() + " cannot be reached");
            return;
        }
        notices.send(r.workerId(), texts(w.get().language()).staffNotice(r, left, reason), false, null);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidChangeProblem("reason", "a reason is required to change or cancel a request");
        }
        return SafeText.cut(reason.strip(), MAX_REASON);
    }

    private Optional<TripRequest> newestOpen(long workerId) {
        return requests.ofWorker(workerId, OPEN, 1).stream().findFirst();
    }

    /** A relative day ("晚两天") becomes the request's day moved by that many days. */
    private static WorkerTripChange resolve(WorkerTripChange asked, TripRequest r) {
        if (asked.kind() == WorkerTripChange.Kind.TRAVEL_DATE && asked.travelDate() == null
                && asked.shiftDays() != null) {
            return new WorkerTripChange(asked.kind(), null, r.travelDate().plusDays(asked.shiftDays()), null, null);
        }
        return asked;
    }

    /** @throws IllegalArgumentException if the value is missing or out of range */
    private static TripRequestChange domain(WorkerTripChange c) {
        return switch (c.kind()) {
            case PARTY_SIZE -> TripRequestChange.partySize(c.partySize() == null ? 0 : c.partySize());
            case TRAVEL_DATE -> TripRequestChange.travelDate(c.travelDate());
            case DESTINATION -> TripRequestChange.destination(c.destinationCode());
            case CANCEL -> TripRequestChange.cancel();
        };
    }

    private Trip lockedTrip(TripRequest r) {
        if (r.tripId() == null) {
            return null;
        }
        Trip trip = em.find(Trip.class, r.tripId());
        if (trip != null) {
            em.lock(trip, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return trip;
    }

    private List<TripRequest> holding(Trip trip) {
        if (trip == null) {
            return List.of();
        }
        return requests.onTrip(trip.id()).stream().filter(x -> x.holdsSeatOn(trip.id())).toList();
    }

    private String summary(TripRequest r) {
        return r.status() + " " + r.travelDate() + " " + r.originCode() + "->" + r.destinationCode() + " x"
                + r.partySize() + (r.tripId() == null ? "" : " trip " + r.tripId());
    }

    private ChangeTexts texts(String language) {
        boolean english = "en".equals(language);
        return new ChangeTexts(language, code -> gazetteer.byCode(code)
                .map(p -> english ? EnglishNames.of(shortName(p)) : p.name()).orElse(code));
    }

    private static String shortName(Place p) {
        String s = p.shortName();
        return s == null || s.isBlank() ? p.name() : s;
    }
}
