package org.warmline.returnhome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.core.domain.worker.NoticeChannel;
import org.warmline.core.domain.worker.Worker;
import org.warmline.returnhome.api.OfferAnswer;
import org.warmline.returnhome.api.ReturnHomeIntake;
import org.warmline.returnhome.api.TripNotice;
import org.warmline.returnhome.api.TripRequestDraft;
import org.warmline.returnhome.domain.NoticeTexts;
import org.warmline.returnhome.domain.PartySize;
import org.warmline.returnhome.domain.Trip;
import org.warmline.returnhome.domain.TripRequest;
import org.warmline.returnhome.domain.TripRequestRepository;
import org.warmline.returnhome.domain.TripRequestStatus;
import org.warmline.returnhome.domain.TripRuleException;

/** Trip-request use cases: intake and offer answers from the dialog, listing and status changes for coordinators. */
@ApplicationScoped
@Transactional
public class TripRequestService implements ReturnHomeIntake {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    TripRequestRepository requests;

    @Inject
    Clock clock;

    @Inject
    WorkerDirectory workers;

    @Inject
    CentreAccess access;

    @Override
    public long draft(TripRequestDraft draft) {
        PartySize party = new PartySize(draft.partySize());
        Optional<TripRequest> pending = unconfirmed(draft.conversationRef());
        if (pending.isPresent()) {
            pending.get().change(draft.destinationCode(), draft.originCode(), draft.travelDate(),
                    draft.earliestDate(), draft.latestDate(), draft.notes(), party);
            return pending.get().id();
        }
        TripRequest request = new TripRequest(draft.workerId(), draft.conversationRef(),
                draft.destinationCode(), draft.originCode(), draft.travelDate(), party, clock.instant());
        request.change(draft.destinationCode(), draft.originCode(), draft.travelDate(), draft.earliestDate(),
                draft.latestDate(), draft.notes(), party);
        em.persist(request);
        em.flush();
        return request.id();
    }

    @Override
    public long confirm(String conversationRef) {
        Optional<TripRequest> pending = unconfirmed(conversationRef);
        pending.ifPresent(r -> r.confirm(clock.instant()));
        return pending.map(TripRequest::id).orElse(-1L);
    }

    @Override
    public void discardDraft(String conversationRef) {
        unconfirmed(conversationRef).ifPresent(TripRequest::discard);
    }

    @Override
    public boolean hasOpenOffer(long workerId) {
        return openOffer(workerId).isPresent();
    }

    @Override
    public OfferAnswer answerOffer(long workerId, boolean accept) {
        Instant now = clock.instant();
        List<TripRequest> offered = requests.ofWorker(workerId, List.of(TripRequestStatus.OFFERED), 0);
        if (offered.isEmpty()) {
            return new OfferAnswer(OfferAnswer.Outcome.NO_OPEN_OFFER, null, null);
        }
        NoticeTexts texts = texts(workerId);
        Optional<TripRequest> open = offered.stream().filter(r -> r.hasOpenOffer(now)).findFirst();
        if (open.isEmpty()) {
            TripRequest late = offered.get(0);
            late.expire(now);
            return new OfferAnswer(OfferAnswer.Outcome.EXPIRED, late.id(), texts.offerExpired());
        }
        TripRequest request = open.get();
        if (accept) {
            request.accept(now);
            Trip trip = em.find(Trip.class, request.tripId());
            return new OfferAnswer(OfferAnswer.Outcome.SEAT_CONFIRMED, request.id(), texts.accepted(trip, request,
                    trip.remindedAt() == null && now.isBefore(trip.departsAt().minus(TripService.REMINDER_BEFORE))));
        }
        request.decline(now);
        return new OfferAnswer(OfferAnswer.Outcome.DECLINED, request.id(), texts.declined());
    }

    @Override
    public Optional<TripNotice> currentTripOf(long workerId) {
        List<TripRequest> live = requests.ofWorker(workerId, List.of(TripRequestStatus.CONFIRMED,
                TripRequestStatus.WAITLISTED, TripRequestStatus.OFFERED, TripRequestStatus.SEAT_CONFIRMED), 1);
        if (live.isEmpty()) {
            return Optional.empty();
        }
        TripRequest r = live.get(0);
        NoticeTexts texts = texts(workerId);
        boolean seated = r.status() == TripRequestStatus.OFFERED || r.status() == TripRequestStatus.SEAT_CONFIRMED;
        if (!seated) {
            return Optional.of(new TripNotice(r.id(), r.status().name(), null, r.travelDate(), null, null,
                    r.partySize(), null, texts.waiting(r)));
        }
        Trip trip = em.find(Trip.class, r.tripId());
        LocalTime time = trip.departsAt().atZone(Trip.ZONE).toLocalTime();
        String text = r.status() == TripRequestStatus.OFFERED ? texts.offer(trip, r) : texts.confirmedSeat(trip, r);
        return Optional.of(new TripNotice(r.id(), r.status().name(), trip.id(), trip.departureDate(), time,
                trip.pickupPoint(), r.partySize(),
                r.status() == TripRequestStatus.OFFERED ? r.offerDeadline() : null, text));
    }

    /**
     * Puts a confirmed request without a trip on the waitlist.
     *
     * @param scope     who asks (their help centre)
     * @param requestId the request
     * @return the request, now WAITLISTED
     * @throws NotFoundProblem if there is no such request
     * @throws OutsideCentreProblem if it is another centre's (403, audited)
     * @throws TripRuleException if it is not a confirmed request without a trip
     */
    public TripRequest waitlist(CentreScope scope, long requestId) {
        TripRequest r = access.check(scope, find(requestId), "trip-request.waitlist");
        r.waitlist();
        return r;
    }

    /**
     * @param requestId a request id
     * @return the request
     * @throws NotFoundProblem if there is none
     */
    public TripRequest find(long requestId) {
        TripRequest r = em.find(TripRequest.class, requestId);
        if (r == null) {
            throw new NotFoundProblem("no trip request " + requestId);
        }
        return r;
    }

    /**
     * @param scope  who asks: only requests whose origin or destination their help centre serves
     *               (all for supervisors and admins)
     * @param filter what to look for
     * @param limit  at most this many, newest first (1..50000)
     * @return the matching requests
     */
    public List<TripRequest> search(CentreScope scope, RequestFilter filter, int limit) {
        return requests.search(scope, filter.originCode(), filter.from(), filter.to(), filter.statuses(),
                Math.max(1, Math.min(limit, 50_000)));
    }

    /**
     * Filter of the request list and the demand board.
     *
     * @param originCode GB/T 2260 code prefix of the origin, or null
     * @param from       first travel date, or null
     * @param to         last travel date, or null
     * @param statuses   statuses to include; empty = all
     */
    public record RequestFilter(String originCode, LocalDate from, LocalDate to, Collection<TripRequestStatus> statuses) {
        /** Copies the statuses. */
        public RequestFilter {
            statuses = statuses == null ? List.of() : new ArrayList<>(statuses);
        }
    }

    private Optional<TripRequest> openOffer(long workerId) {
        Instant now = clock.instant();
        return requests.ofWorker(workerId, List.of(TripRequestStatus.OFFERED), 0).stream()
                .filter(r -> r.hasOpenOffer(now)).findFirst();
    }

    private NoticeTexts texts(long workerId) {
        Optional<Worker> w = workers.byId(workerId);
        return new NoticeTexts(w.map(Worker::language).orElse("zh"), w.map(x -> x.noticeChannel() == NoticeChannel.CHAT).orElse(false));
    }

    private Optional<TripRequest> unconfirmed(String conversationRef) {
        return requests.awaitingConfirmation(conversationRef);
    }
}
