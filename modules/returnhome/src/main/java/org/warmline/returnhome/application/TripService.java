package org.warmline.returnhome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.core.domain.worker.NoticeChannel;
import org.warmline.core.domain.worker.Worker;
import org.warmline.returnhome.api.PassengerNotices;
import org.warmline.returnhome.domain.NoticeTexts;
import org.warmline.returnhome.domain.SeatRelease;
import org.warmline.returnhome.domain.Trip;
import org.warmline.returnhome.domain.TripRequest;
import org.warmline.returnhome.domain.TripRequestRepository;
import org.warmline.returnhome.domain.TripRequestStatus;
import org.warmline.returnhome.domain.TripRule;
import org.warmline.returnhome.domain.TripRuleException;
import org.warmline.returnhome.domain.TripStatus;
import org.warmline.returnhome.domain.VehicleType;

/**
 * Trip use cases for coordinators (issue 6, items 3, 4, 6, 7): create and change trips, assign parties
 * by hand (rules enforced by {@link Trip}), publish (one SMS offer per passenger), cancel (one batch
 * notice), check-in, and the deadline jobs (release unconfirmed seats to the waitlist, 24-hour
 * reminder). Every passenger notice is queued through {@link PassengerNotices} in the same transaction.
 * Every change a member of staff makes (trip created, changed, published, cancelled, departed, arrived;
 * parties assigned, unassigned, moved; check-in) is recorded in core's {@link AuditLog} in the same
 * transaction: who, what, when and the ids — never a phone, a name or a worker's note.
 */
@ApplicationScoped
@Transactional
public class TripService {

    private static final Logger LOG = Logger.getLogger(TripService.class.getName());

    /** The reminder goes out this long before departure (issue 6, item 6: 24 hours). */
    public static final Duration REMINDER_BEFORE = Duration.ofHours(24);

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    TripRequestRepository requests;

    @Inject
    Clock clock;

    @Inject
    WorkerDirectory workers;

    @Inject
    PassengerNotices notices;

    @Inject
    CentreAccess access;

    @Inject
    AuditLog audit;

    /**
     * How long before its departure time a trip may be marked departed ({@code
     * warmline.returnhome.departure-margin}, ISO-8601 duration, default 30 minutes: a coach boards in
     * the half hour before it leaves).
     */
    @Inject
    @ConfigProperty(name = "warmline.returnhome.departure-margin", defaultValue = "PT30M")
    String departureMarginText;

    /**
     * @return the configured departure margin
     * @throws IllegalStateException if the configured value is not an ISO-8601 duration
     */
    public Duration departureMargin() {
        try {
            return Duration.parse(departureMarginText.trim());
        } catch (RuntimeException e) {
            throw new IllegalStateException("warmline.returnhome.departure-margin must be an ISO-8601 duration such as"
                    + " PT30M, was " + departureMarginText, e);
        }
    }

    /**
     * Fields of a trip as a coordinator enters them.
     *
     * @param vehicleType   COACH_45, COACH_53, MINIBUS_19 or TRAIN_BLOCK
     * @param blockSeats    seats of a train block, null otherwise
     * @param originCode    GB/T 2260 code of the origin city
     * @param pickupPoint   where passengers board (≤ 24 characters)
     * @param stops         destination codes in order (1..5)
     * @param departsAt     departure instant
     * @param carrier       carrier, or null
     * @param driverContact driver name and phone, or null
     */
    public record TripFields(VehicleType vehicleType, Integer blockSeats, String originCode, String pickupPoint,
                             List<String> stops, Instant departsAt, String carrier, String driverContact) { }

    /**
     * @param scope  who asks: their help centre must serve the origin or a stop
     * @param fields the trip
     * @return the new DRAFT trip
     * @throws OutsideCentreProblem if the trip would lie outside their centre (403, audited)
     */
    public Trip create(CentreScope scope, TripFields fields) {
        access.require(scope, Trip.places(fields.originCode(), fields.stops()), "trip.create", "trip", "new");
        Trip.requireFutureDeparture(fields.departsAt(), clock.instant());
        Trip trip = create(fields);
        record(scope, "trip.created", trip, trip.vehicleType() + " from " + trip.originCode() + " to "
                + String.join(",", trip.stops()) + " departing " + trip.departsAt());
        return trip;
    }

    /** @param fields the trip (the planner's proposal, already scoped) @return the new DRAFT trip */
    Trip create(TripFields fields) {
        Trip trip = new Trip(fields.vehicleType(), fields.blockSeats(), fields.originCode(), fields.pickupPoint(),
                fields.stops(), fields.departsAt(), fields.carrier(), fields.driverContact(), clock.instant());
        em.persist(trip);
        em.flush();
        return trip;
    }

    /**
     * @param scope  who asks
     * @param id     a trip id
     * @param action what they do with it, for the audit log of a refusal (e.g. "trip.read")
     * @return the trip
     * @throws NotFoundProblem if none
     * @throws OutsideCentreProblem if it is another centre's (403, audited)
     */
    public Trip find(CentreScope scope, long id, String action) {
        return access.check(scope, find(id), action);
    }

    /** @param id a trip id @return the trip @throws NotFoundProblem if none */
    Trip find(long id) {
        Trip trip = em.find(Trip.class, id);
        if (trip == null) {
            throw new NotFoundProblem("no trip " + id);
        }
        return trip;
    }

    /**
     * @param scope  who asks: only trips whose origin or any stop their help centre serves (all for
     *               supervisors and admins)
     * @param status only this status, or all when null
     * @param from   departures on or after this day (Asia/Shanghai), or null
     * @param to     departures on or before this day, or null
     * @param limit  at most this many, soonest first
     * @return the trips
     */
    public List<Trip> list(CentreScope scope, TripStatus status, LocalDate from, LocalDate to, int limit) {
        String jpql = "select t from Trip t where 1 = 1" + (status == null ? "" : " and t.status = :s")
                + (from == null ? "" : " and t.departsAt >= :from") + (to == null ? "" : " and t.departsAt < :to")
                + " order by t.departsAt, t.id";
        // stops are an element collection: the scope is applied to the loaded trips, before the limit
        boolean everything = scope.servesEverything();
        var q = em.createQuery(jpql, Trip.class);
        if (everything) {
            q.setMaxResults(limit);
        }
        if (status != null) {
            q.setParameter("s", status);
        }
        if (from != null) {
            q.setParameter("from", from.atStartOfDay(Trip.ZONE).toInstant());
        }
        if (to != null) {
            q.setParameter("to", to.plusDays(1).atStartOfDay(Trip.ZONE).toInstant());
        }
        return everything ? q.getResultList()
                : q.getResultStream().filter(t -> CentreAccess.sees(scope, t)).limit(limit).toList();
    }

    /**
     * The manifest's parties: the trip is checked against the scope, and only parties whose origin or
     * destination the viewer's centre serves are listed (a shared coach shows each centre its own).
     *
     * @param scope  who asks
     * @param tripId the trip
     * @param action what they read, for the audit log of a refusal (e.g. "trip.manifest")
     * @return the parties holding seats on it that the viewer may see, by id
     * @throws OutsideCentreProblem if the trip is another centre's (403, audited)
     */
    public List<TripRequest> manifest(CentreScope scope, long tripId, String action) {
        Trip trip = find(scope, tripId, action);
        return holding(trip).stream().filter(r -> CentreAccess.sees(scope, r)).toList();
    }

    /** A revealed manifest shows full phones and names for this long after the reveal (issue 10, item 6). */
    public static final Duration REVEAL_VALID = Duration.ofMinutes(30);

    /** The longest reason a coordinator gives for a reveal (characters). */
    public static final int MAX_REVEAL_REASON = 200;

    /**
     * Records that a coordinator shows the full phone numbers and names of a trip's manifest ("显示完整号码",
     * issue 10 item 6): the audit entry ({@code trip.manifest.reveal}, with the reason) is the record, and
     * for {@link #REVEAL_VALID} after it the caller's printed and exported manifests carry full numbers.
     *
     * @param scope  who asks
     * @param tripId the trip
     * @param reason why (required, at most {@link #MAX_REVEAL_REASON} characters), e.g. "联系未到乘客"
     * @return until when the reveal holds
     * @throws IllegalArgumentException if the reason is blank or too long (400)
     * @throws OutsideCentreProblem if the trip is another centre's (403, audited)
     */
    public Instant revealManifest(CentreScope scope, long tripId, String reason) {
        Trip trip = find(scope, tripId, "trip.manifest.reveal");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("a reason is required to show the full phone numbers");
        }
        if (why.length() > MAX_REVEAL_REASON) {
            throw new IllegalArgumentException("the reason takes at most " + MAX_REVEAL_REASON + " characters");
        }
        audit.record(scope.username(), "trip.manifest.reveal", "trip", String.valueOf(trip.id()), "reason: " + why);
        return clock.instant().plus(REVEAL_VALID);
    }

    /**
     * @param scope  who asks (the reveal must be theirs)
     * @param tripId the trip
     * @return until when the caller's last reveal of this manifest holds, if one is still valid
     */
    public Optional<Instant> manifestRevealedUntil(CentreScope scope, long tripId) {
        Instant now = clock.instant();
        return audit.search("trip", String.valueOf(tripId), scope.username(), 200).stream()
                .filter(a -> "trip.manifest.reveal".equals(a.action()))
                .map(a -> a.at().plus(REVEAL_VALID)).filter(until -> until.isAfter(now)).max(Comparator.naturalOrder());
    }

    /**
     * Writes a read of the full manifest (phones and names) to the audit log.
     *
     * @param scope  who read it
     * @param tripId the trip
     * @param format json, csv, xlsx or html
     */
    public void recordFullManifestRead(CentreScope scope, long tripId, String format) {
        audit.record(scope.username(), "trip.manifest.full-read", "trip", String.valueOf(tripId), "format " + format);
    }

    /**
     * Records the name a passenger gave, for the driver's manifest (the dialog does not ask for names).
     *
     * @param scope     who asks: the party must be their centre's
     * @param requestId the request
     * @param name      the name (at most {@link TripRequest#MAX_NAME} characters); blank clears it
     * @return the request
     * @throws NotFoundProblem if there is no such request
     * @throws IllegalArgumentException if the name is too long (400)
     * @throws OutsideCentreProblem if it is another centre's (403, audited)
     */
    public TripRequest namePassenger(CentreScope scope, long requestId, String name) {
        TripRequest r = em.find(TripRequest.class, requestId);
        if (r == null) {
            throw new NotFoundProblem("no trip request " + requestId);
        }
        access.check(scope, r, "trip-request.name");
        r.namePassenger(name);
        audit.record(scope.username(), "trip-request.named", "trip-request", String.valueOf(requestId),
                r.passengerName() == null ? "name cleared" : "name set");
        return r;
    }

    /** @param tripId a trip @return every request on it (any status), by id */
    List<TripRequest> passengersOf(long tripId) {
        return requests.onTrip(tripId);
    }

    /**
     * The parties holding seats on several trips, read in one query (a list of trips shows the seats
     * taken on each).
     *
     * @param tripIds trips
     * @return per trip id, the requests holding a seat on it, by id; trips with none are absent
     */
    public Map<Long, List<TripRequest>> seatedOn(Collection<Long> tripIds) {
        if (tripIds.isEmpty()) {
            return Map.of();
        }
        return requests.onTrips(tripIds).stream()
                .filter(r -> r.holdsSeatOn(r.tripId()))
                .collect(Collectors.groupingBy(TripRequest::tripId));
    }

    /**
     * Changes a trip; on a published trip a visible change (time, pick-up, stops) notifies everyone on it
     * in one batch (Kind BULK).
     *
     * @param scope  who asks: the trip must be theirs before and after the change
     * @param tripId the trip
     * @param fields the new fields; a changed departure must lie in the future
     * @return the trip
     * @throws IllegalArgumentException if the departure changes to a time that is not in the future (400)
     * @throws OutsideCentreProblem if it is, or would become, another centre's (403, audited)
     * @throws TripRuleException if the trip cannot change or a passenger would no longer fit
     */
    public Trip change(CentreScope scope, long tripId, TripFields fields) {
        Trip trip = lock(scope, tripId, "trip.change");
        access.require(scope, Trip.places(trip.originCode(), fields.stops()), "trip.change", "trip",
                String.valueOf(tripId));
        if (!trip.departsAt().equals(fields.departsAt())) {
            Trip.requireFutureDeparture(fields.departsAt(), clock.instant());
        }
        List<TripRequest> holding = holding(trip);
        Instant departedBefore = trip.departsAt();
        boolean notify = trip.change(fields.pickupPoint(), fields.stops(), fields.departsAt(), fields.carrier(),
                fields.driverContact(), holding);
        List<TripRequest> told = List.of();
        if (notify) {
            told = holding.stream().filter(r -> r.status() == TripRequestStatus.OFFERED
                    || r.status() == TripRequestStatus.SEAT_CONFIRMED).toList();
            batch(trip, told, true);
        }
        record(scope, "trip.changed", trip, (departedBefore.equals(trip.departsAt()) ? "" : "departure "
                + departedBefore + " -> " + trip.departsAt() + "; ") + "stops " + String.join(",", trip.stops())
                + "; parties told " + told.size());
        return trip;
    }

    /**
     * Assigns parties by hand, all or none (issue 6, item 4). On a published trip each is offered the
     * seats and told at once.
     *
     * @param scope      who asks: the trip and every request must be their centre's
     * @param tripId     the trip
     * @param requestIds the requests, each a whole party
     * @return the requests now on the trip
     * @throws TripRuleException naming the first broken rule; nothing is assigned then
     * @throws NotFoundProblem if the trip or a request does not exist
     * @throws OutsideCentreProblem if the trip or a request is another centre's (403, audited); nothing is assigned
     */
    public List<TripRequest> assign(CentreScope scope, long tripId, List<Long> requestIds) {
        Trip trip = lock(scope, tripId, "trip.assign");
        List<TripRequest> onTrip = new ArrayList<>(holding(trip));
        Instant now = clock.instant();
        Instant deadline = trip.status() == TripStatus.PUBLISHED ? offerDeadline(trip, now) : null;
        List<TripRequest> added = new ArrayList<>();
        for (Long id : requestIds) {
            TripRequest r = em.find(TripRequest.class, id);
            if (r == null) {
                throw new NotFoundProblem("no trip request " + id);
            }
            access.check(scope, r, "trip.assign");
            trip.assign(r, onTrip, deadline, now);
            onTrip.add(r);
            added.add(r);
        }
        if (trip.status() == TripStatus.PUBLISHED) {
            added.forEach(r -> offerNotice(trip, r));
        }
        record(scope, "trip.assigned", trip, "requests " + ids(added) + (trip.status() == TripStatus.PUBLISHED
                ? " offered seats" : " placed in draft"));
        return added;
    }

    /**
     * Takes a party out of a DRAFT trip.
     *
     * @param scope     who asks: the trip and the request must be their centre's
     * @param tripId    the trip
     * @param requestId the party
     * @return the trip
     * @throws TripRuleException if the trip is not a draft or the request is not on it
     * @throws OutsideCentreProblem if the trip or the request is another centre's (403, audited)
     */
    public Trip unassign(CentreScope scope, long tripId, long requestId) {
        Trip trip = lock(scope, tripId, "trip.unassign");
        trip.unassign(request(scope, requestId, "trip.unassign"));
        record(scope, "trip.unassigned", trip, "request " + requestId);
        return trip;
    }

    /**
     * Moves a party from one DRAFT trip to another in one transaction (editing a planner's proposal):
     * both or neither change, and no passenger is told (drafts are not published).
     *
     * @param scope      who asks: both trips and the party must be their centre's
     * @param fromTripId the draft the party is on
     * @param requestId  the party
     * @param toTripId   the draft it goes to
     * @return the target trip
     * @throws TripRuleException naming the broken rule (status, capacity, window, stops); nothing moves then
     * @throws NotFoundProblem if a trip or the request does not exist
     * @throws OutsideCentreProblem if a trip or the party is another centre's (403, audited); nothing moves
     */
    public Trip move(CentreScope scope, long fromTripId, long requestId, long toTripId) {
        Trip from = lock(scope, fromTripId, "trip.move");
        Trip to = lock(scope, toTripId, "trip.move");
        TripRequest r = request(scope, requestId, "trip.move");
        from.moveTo(to, r, holding(to), clock.instant());
        audit.record(scope.username(), "trip-request.moved", "trip-request", String.valueOf(requestId),
                "from trip " + fromTripId + " to trip " + toTripId);
        return to;
    }

    /**
     * Publishes a DRAFT trip: each party is offered its seats until {@code confirmBy} and gets one SMS.
     *
     * @param scope     who asks
     * @param tripId    the trip
     * @param confirmBy the offer deadline, or null for {@link Trip#defaultConfirmBy}
     * @return the trip
     * @throws TripRuleException if it cannot be published
     * @throws OutsideCentreProblem if it is another centre's (403, audited)
     */
    public Trip publish(CentreScope scope, long tripId, Instant confirmBy) {
        Trip trip = lock(scope, tripId, "trip.publish");
        Instant now = clock.instant();
        List<TripRequest> passengers = holding(trip);
        trip.publish(passengers, confirmBy == null ? trip.defaultConfirmBy(now) : confirmBy, now);
        passengers.forEach(r -> offerNotice(trip, r));
        LOG.info(() -> "Published trip " + tripId + ": " + passengers.size() + " parties offered seats");
        record(scope, "trip.published", trip, "requests " + ids(passengers) + " offered seats until "
                + trip.confirmBy());
        return trip;
    }

    /**
     * Cancels a trip; a published trip's passengers are told in one batch (Kind BULK) and waitlisted.
     *
     * @param scope  who asks
     * @param tripId the trip
     * @return the trip
     * @throws OutsideCentreProblem if it is another centre's (403, audited)
     */
    public Trip cancel(CentreScope scope, long tripId) {
        Trip trip = lock(scope, tripId, "trip.cancel");
        boolean published = trip.status() == TripStatus.PUBLISHED;
        List<TripRequest> holding = holding(trip);
        List<TripRequest> told = holding.stream().filter(r -> r.status() == TripRequestStatus.OFFERED
                || r.status() == TripRequestStatus.SEAT_CONFIRMED).toList();
        trip.cancel(holding);
        if (published) {
            batch(trip, told, false);
        }
        record(scope, "trip.cancelled", trip, published ? "was published; requests " + ids(told)
                + " told and waitlisted" : "was a draft; requests " + ids(holding) + " back in the pool");
        return trip;
    }

    /**
     * Marks a published trip departed.
     *
     * @param scope  who asks
     * @param tripId the trip
     * @return the trip
     * @throws OutsideCentreProblem if it is another centre's (403, audited)
     */
    public Trip depart(CentreScope scope, long tripId) {
        Trip trip = lock(scope, tripId, "trip.depart");
        trip.depart(clock.instant(), departureMargin());
        record(scope, "trip.departed", trip, null);
        return trip;
    }

    /**
     * Marks a departed trip arrived.
     *
     * @param scope  who asks
     * @param tripId the trip
     * @return the trip
     * @throws OutsideCentreProblem if it is another centre's (403, audited)
     */
    public Trip arrive(CentreScope scope, long tripId) {
        Trip trip = lock(scope, tripId, "trip.arrive");
        trip.arrive();
        record(scope, "trip.arrived", trip, null);
        return trip;
    }

    /**
     * Check-in at boarding (issue 6, item 7): open from {@link Trip#CHECK_IN_OPENS_BEFORE} (12 hours)
     * before departure while the trip is PUBLISHED, for parties whose seat is SEAT_CONFIRMED (a mistaken
     * BOARDED or NO_SHOW can be corrected); a seat only OFFERED is neither boarded nor a no-show.
     *
     * @param scope     who asks: the trip and the party must be their centre's
     * @param tripId    the trip (PUBLISHED)
     * @param requestId a party on it
     * @param boarded   true: boarded; false: no-show
     * @return the request
     * @throws TripRuleException if check-in is not open (not published, or more than 12 hours before
     *                           departure) or the party's seat is not confirmed (409)
     * @throws OutsideCentreProblem if the trip or the party is another centre's (403, audited)
     */
    public TripRequest checkIn(CentreScope scope, long tripId, long requestId, boolean boarded) {
        Trip trip = find(scope, tripId, "trip.check-in");
        TripRequest r = em.find(TripRequest.class, requestId);
        if (r == null || !tripIdEquals(r, tripId)) {
            throw new NotFoundProblem("request " + requestId + " is not on trip " + tripId);
        }
        access.check(scope, r, "trip.check-in");
        trip.requireCheckInOpen(clock.instant());
        if (boarded) {
            r.board();
        } else {
            r.noShow();
        }
        audit.record(scope.username(), "trip-request.checked-in", "trip-request", String.valueOf(requestId),
                "trip " + tripId + ": " + r.status());
        return r;
    }

    /**
     * The deadline job (issue 6, item 6), run by {@link DeadlineJobs} every few minutes and callable by
     * staff: on every published trip, offers past their deadline expire and the seats are offered to
     * the waitlist (one SMS each); trips leaving within 24 hours get their reminder once.
     *
     * @return what was done
     */
    public DeadlineRun runDeadlines() {
        Instant now = clock.instant();
        List<Trip> published = em.createQuery("select t from Trip t where t.status = :s and t.departsAt > :now",
                Trip.class).setParameter("s", TripStatus.PUBLISHED).setParameter("now", now).getResultList();
        int expired = 0;
        int offered = 0;
        int reminded = 0;
        for (Trip trip : published) {
            List<TripRequest> passengers = passengersOf(trip.id());
            boolean overdue = passengers.stream().anyMatch(r -> r.status() == TripRequestStatus.OFFERED
                    && !now.isBefore(r.offerDeadline()));
            if (overdue || trip.seatsTaken(passengers) < trip.capacity()) {
                List<TripRequest> waitlist = requests.waitlist();
                SeatRelease.Outcome outcome = SeatRelease.run(trip, passengers, waitlist, now);
                outcome.offered().forEach(r -> offerNotice(trip, r));
                expired += outcome.expired().size();
                offered += outcome.offered().size();
                if (!outcome.isEmpty()) {
                    em.lock(trip, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                }
            }
            if (trip.remindedAt() == null && !now.isBefore(trip.departsAt().minus(REMINDER_BEFORE))) {
                List<TripRequest> seated = passengersOf(trip.id()).stream()
                        .filter(r -> r.status() == TripRequestStatus.SEAT_CONFIRMED).toList();
                Map<Long, Worker> byId = workersOf(seated);
                for (TripRequest r : seated) {
                    send(byId, r, texts(byId, r).reminder(trip, r), false, trip.departsAt());
                }
                trip.reminded(now);
                reminded += seated.size();
            }
        }
        return new DeadlineRun(expired, offered, reminded);
    }

    /**
     * What one deadline run did.
     *
     * @param expired  offers expired (parties)
     * @param offered  waitlisted parties offered released seats
     * @param reminded parties sent the 24-hour reminder
     */
    public record DeadlineRun(int expired, int offered, int reminded) { }

    /** Records a change to a trip in the audit log (ids, statuses, places and times only). */
    private void record(CentreScope scope, String action, Trip trip, String detail) {
        audit.record(scope.username(), action, "trip", String.valueOf(trip.id()),
                detail == null ? "status " + trip.status() : "status " + trip.status() + "; " + detail);
    }

    private static String ids(Collection<TripRequest> requests) {
        return requests.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(",", "[", "]"));
    }

    private static boolean tripIdEquals(TripRequest r, long tripId) {
        return r.tripId() != null && r.tripId() == tripId;
    }

    /** @return the trip, checked against the scope, then locked (its version moves at commit) */
    private Trip lock(CentreScope scope, long tripId, String action) {
        Trip trip = find(scope, tripId, action);
        em.lock(trip, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return trip;
    }

    /** @return the request, checked against the scope @throws NotFoundProblem if none */
    private TripRequest request(CentreScope scope, long requestId, String action) {
        TripRequest r = em.find(TripRequest.class, requestId);
        if (r == null) {
            throw new NotFoundProblem("no trip request " + requestId);
        }
        return access.check(scope, r, action);
    }

    private List<TripRequest> holding(Trip trip) {
        return passengersOf(trip.id()).stream().filter(r -> r.holdsSeatOn(trip.id())).toList();
    }

    private Instant offerDeadline(Trip trip, Instant now) {
        Instant d = trip.confirmBy() != null && trip.confirmBy().isAfter(now) ? trip.confirmBy()
                : now.plus(SeatRelease.WAITLIST_ANSWER_TIME);
        Instant latest = trip.departsAt().minus(SeatRelease.LAST_ANSWER_BEFORE_DEPARTURE);
        if (d.isAfter(latest)) {
            d = latest;
        }
        if (!d.isAfter(now)) {
            throw new TripRuleException(TripRule.LEAVES_TOO_SOON, "trip " + trip.id() + " leaves too soon to offer seats");
        }
        return d;
    }

    private void offerNotice(Trip trip, TripRequest r) {
        Map<Long, Worker> byId = workersOf(List.of(r));
        if (send(byId, r, texts(byId, r).offer(trip, r), false, trip.departsAt())) {
            r.offerReached();
        } else {
            r.offerUnreachable(clock.instant());
        }
    }

    private void batch(Trip trip, Collection<TripRequest> told, boolean changed) {
        Map<Long, Worker> byId = workersOf(told);
        for (TripRequest r : told) {
            NoticeTexts t = texts(byId, r);
            send(byId, r, changed ? t.changed(trip) : t.cancelled(trip), true,
                    changed ? trip.departsAt() : null);
        }
        LOG.info(() -> "Trip " + trip.id() + (changed ? " changed" : " cancelled") + ": " + told.size()
                + " parties told in one batch");
    }

    /**
     * Queues a notice on the worker's own channel (SMS, or the web chat of a chat-only worker, chosen
     * behind {@link PassengerNotices}); a worker nobody can reach (opted out, or neither phone nor chat) is
     * skipped (logged, ids only) and, for a seat offer, the party is flagged for the coordinator.
     *
     * @return whether the notice was queued
     */
    private boolean send(Map<Long, Worker> byId, TripRequest r, String text, boolean bulk, Instant validUntil) {
        if (PassengerNotices.reach(byId.get(r.workerId())) == PassengerNotices.Reach.UNREACHABLE) {
            LOG.warning(() -> "No notice for request " + r.id() + ": worker " + r.workerId() + " cannot be reached");
            return false;
        }
        notices.send(r.workerId(), text, bulk, validUntil);
        return true;
    }

    /**
     * How the notices of the next publish, change or cancellation of a trip would reach its parties
     * (issue 10, item 3: the coordinator's dialog counts them by channel).
     *
     * @param scope  who asks
     * @param tripId the trip
     * @return the parties holding seats on it, counted by channel
     * @throws OutsideCentreProblem if it is another centre's (403, audited)
     */
    public NoticeReach noticeReach(CentreScope scope, long tripId) {
        List<TripRequest> told = manifest(scope, tripId, "trip.read").stream()
                .filter(r -> r.status() != TripRequestStatus.BOARDED && r.status() != TripRequestStatus.NO_SHOW)
                .toList();
        Map<Long, PassengerNotices.Reach> reach = notices.reachOf(told.stream().map(TripRequest::workerId).toList());
        int sms = 0;
        int chat = 0;
        int unreachable = 0;
        for (TripRequest r : told) {
            switch (reach.getOrDefault(r.workerId(), PassengerNotices.Reach.UNREACHABLE)) {
                case SMS -> sms++;
                case CHAT -> chat++;
                case UNREACHABLE -> unreachable++;
            }
        }
        return new NoticeReach(told.size(), sms, chat, unreachable,
                told.stream().filter(TripRequest::unreachableOffer).map(TripRequest::id).toList());
    }

    /**
     * Parties counted by the channel a notice reaches them on.
     *
     * @param parties     parties counted
     * @param sms         told by SMS
     * @param chat        told in their web chat
     * @param unreachable nobody can tell (opted out, or neither phone nor chat)
     * @param unreachableOffers requests holding a seat offer that reached nobody (by id)
     */
    public record NoticeReach(int parties, int sms, int chat, int unreachable, List<Long> unreachableOffers) { }

    private Map<Long, Worker> workersOf(Collection<TripRequest> requests) {
        return workers.byIds(requests.stream().map(TripRequest::workerId).distinct().toList());
    }

    private static NoticeTexts texts(Map<Long, Worker> byId, TripRequest r) {
        Worker w = byId.get(r.workerId());
        return new NoticeTexts(w == null ? "zh" : w.language(), w != null && w.noticeChannel() == NoticeChannel.CHAT);
    }

    /** @return the requests keyed by id */
    static Map<Long, TripRequest> byId(List<TripRequest> requests) {
        return requests.stream().collect(Collectors.toMap(TripRequest::id, Function.identity()));
    }
}
