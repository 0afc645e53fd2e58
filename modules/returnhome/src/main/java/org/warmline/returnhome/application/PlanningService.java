package org.warmline.returnhome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warmline.core.application.AuditLog;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.returnhome.domain.Trip;
import org.warmline.returnhome.domain.TripRequest;
import org.warmline.returnhome.domain.TripRequestRepository;
import org.warmline.returnhome.domain.TripRequestStatus;
import org.warmline.returnhome.domain.TripStatus;
import org.warmline.returnhome.domain.VehicleType;
import org.warmline.returnhome.domain.planning.Demand;
import org.warmline.returnhome.domain.planning.Plan;
import org.warmline.returnhome.domain.planning.PlanSettings;
import org.warmline.returnhome.domain.planning.PlannedVehicle;
import org.warmline.returnhome.domain.planning.TripPlanner;

/**
 * Automatic planning (issue 6, item 5): the pool — requests of one origin waiting for a seat on no
 * trip, whose window meets the planned days — is handed to the {@link TripPlanner}; each proposed
 * vehicle becomes a DRAFT trip tagged with the plan id. Coordinators edit the drafts with the manual
 * assignment calls and publish them (one by one or the whole plan). Planning never touches a trip
 * that exists already, published or not. Publishing or discarding a plan is recorded in core's
 * {@link AuditLog} (who, plan id, trip ids), besides each trip's own entry.
 */
@ApplicationScoped
@Transactional
public class PlanningService {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    TripRequestRepository requests;

    @Inject
    Clock clock;

    @Inject
    TripPlanner planner;

    @Inject
    TripService trips;

    @Inject
    CentreAccess access;

    @Inject
    AuditLog audit;

    /**
     * What to plan.
     *
     * @param originCode    GB/T 2260 code of the origin city (prefix match on requests)
     * @param from          first day to plan
     * @param to            last day to plan
     * @param vehicleType   road vehicle to use (COACH_45 by default)
     * @param pickupPoint   pick-up point of every proposed trip (≤ 24 characters; edit per trip later)
     * @param departureTime departure time of the proposed trips, Asia/Shanghai (08:00 by default)
     * @param seconds       solver budget in seconds, 1..120 (10 by default)
     */
    public record PlanCommand(String originCode, LocalDate from, LocalDate to, VehicleType vehicleType,
                              String pickupPoint, LocalTime departureTime, Integer seconds) { }

    /**
     * The outcome of a planning run.
     *
     * @param planId     the plan's id (tag of its draft trips)
     * @param trips      the draft trips created
     * @param unplanned  requests the planner could not place
     * @param lowerBound the lower bound in vehicles
     */
    public record PlanResult(long planId, List<Trip> trips, List<Long> unplanned, int lowerBound) { }

    /**
     * Plans the pool into draft trips.
     *
     * @param scope   who asks: the pool holds only requests whose origin or destination their help
     *                centre serves (every request for supervisors and admins)
     * @param command what to plan
     * @return the proposal as stored draft trips
     * @throws IllegalArgumentException for a bad command
     */
    public PlanResult plan(CentreScope scope, PlanCommand command) {
        if (command.originCode() == null || command.from() == null || command.to() == null
                || command.to().isBefore(command.from())) {
            throw new IllegalArgumentException("a plan needs originCode and from <= to");
        }
        LocalDate today = LocalDate.now(clock.withZone(Trip.ZONE));
        if (command.from().isBefore(today)) {
            // the planner's trips depart on their days; a day already gone cannot be planned
            throw new IllegalArgumentException("a plan starts today (" + today + ") or later, not " + command.from());
        }
        VehicleType type = command.vehicleType() == null ? VehicleType.COACH_45 : command.vehicleType();
        if (type == VehicleType.TRAIN_BLOCK) {
            throw new IllegalArgumentException("the planner plans road vehicles; train blocks are assigned by hand");
        }
        int seconds = command.seconds() == null ? 10 : command.seconds();
        if (seconds < 1 || seconds > 120) {
            throw new IllegalArgumentException("seconds must be 1..120");
        }
        LocalTime time = command.departureTime() == null ? LocalTime.of(8, 0) : command.departureTime();
        List<TripRequest> pool = requests.unplanned(command.originCode()).stream()
                .filter(r -> !r.latestDate().isBefore(command.from()) && !r.earliestDate().isAfter(command.to()))
                .filter(r -> CentreAccess.sees(scope, r))
                .toList();
        List<Demand> demands = pool.stream().map(r -> new Demand(r.id(), r.originCode(), r.destinationCode(),
                clamp(r.travelDate(), command), max(r.earliestDate(), command.from()),
                min(r.latestDate(), command.to()), r.partySize())).toList();
        Plan plan = planner.plan(demands, new PlanSettings(type.capacity(null), Trip.MAX_STOPS,
                Duration.ofSeconds(seconds)));
        Long last = em.createQuery("select max(t.planId) from Trip t", Long.class).getSingleResult();
        long planId = last == null ? 1 : last + 1;
        Map<Long, TripRequest> byId = pool.stream().collect(Collectors.toMap(TripRequest::id, Function.identity()));
        Instant now = clock.instant();
        List<Trip> created = new ArrayList<>();
        for (PlannedVehicle v : plan.vehicles()) {
            Trip trip = trips.create(new TripService.TripFields(type, null, command.originCode(), command.pickupPoint(),
                    v.stops(), v.date().atTime(time).atZone(Trip.ZONE).toInstant(), null, null));
            trip.proposedBy(planId);
            List<TripRequest> on = new ArrayList<>();
            for (long id : v.requestIds()) {
                TripRequest r = byId.get(id);
                trip.assign(r, on, null, now);
                on.add(r);
            }
            created.add(trip);
        }
        return new PlanResult(planId, created, plan.unplanned(), plan.lowerBound());
    }

    /**
     * Publishes every DRAFT trip of a plan (each passenger gets one SMS).
     *
     * @param scope  who asks
     * @param planId the plan
     * @return the trips published
     * @throws OutsideCentreProblem if a draft of the plan is another centre's (403, audited); nothing is published
     */
    public List<Trip> publish(CentreScope scope, long planId) {
        List<Trip> drafts = drafts(scope, planId, "plan.publish");
        drafts.forEach(t -> trips.publish(scope, t.id(), null));
        audit.record(scope.username(), "plan.published", "plan", String.valueOf(planId), "trips "
                + drafts.stream().map(t -> String.valueOf(t.id())).collect(Collectors.joining(",", "[", "]")));
        return drafts;
    }

    /**
     * Throws a plan's remaining drafts away: their parties go back to the pool, the drafts are cancelled.
     *
     * @param scope  who asks
     * @param planId the plan
     * @return how many drafts were cancelled
     * @throws OutsideCentreProblem if a draft of the plan is another centre's (403, audited); nothing is cancelled
     */
    public int discard(CentreScope scope, long planId) {
        List<Trip> drafts = drafts(scope, planId, "plan.discard");
        drafts.forEach(t -> trips.cancel(scope, t.id()));
        audit.record(scope.username(), "plan.discarded", "plan", String.valueOf(planId), "drafts cancelled "
                + drafts.stream().map(t -> String.valueOf(t.id())).collect(Collectors.joining(",", "[", "]")));
        return drafts.size();
    }

    /** @return the plan's drafts, each checked against the scope before any is touched */
    private List<Trip> drafts(CentreScope scope, long planId, String action) {
        List<Trip> drafts = em.createQuery("select t from Trip t where t.planId = :p and t.status = :s order by t.id",
                Trip.class).setParameter("p", planId).setParameter("s", TripStatus.DRAFT).getResultList();
        if (drafts.isEmpty()) {
            throw new NotFoundProblem("plan " + planId + " has no draft trips");
        }
        drafts.forEach(t -> access.check(scope, t, action));
        return drafts;
    }

    private static LocalDate clamp(LocalDate d, PlanCommand c) {
        return max(min(d, c.to()), c.from());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
