package org.warmline.returnhome.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.warmline.core.domain.centre.CentreScope;

/**
 * Trip requests ({@code rh_trip_request}) as returnhome's use cases read them from several places: the
 * parties on a trip, a worker's requests by status, the waitlist, the planner's pool, the draft a
 * conversation is confirming. Implemented with JPA in {@code infrastructure}.
 */
public interface TripRequestRepository {

    /** @param tripId a trip @return every request on it (any status), by id */
    List<TripRequest> onTrip(long tripId);

    /** @param tripIds trips (not empty) @return every request on one of them (any status), by id */
    List<TripRequest> onTrips(Collection<Long> tripIds);

    /**
     * @param workerId a worker
     * @param statuses only these statuses (not empty)
     * @param max      at most this many, or 0 for all
     * @return the worker's requests in those statuses, newest first
     */
    List<TripRequest> ofWorker(long workerId, Collection<TripRequestStatus> statuses, int max);

    /** @param workerId a worker @param max at most this many @return the worker's requests, newest first */
    List<TripRequest> ofWorker(long workerId, int max);

    /** @return WAITLISTED requests on no trip, the earliest confirmed first (the order seats are offered in) */
    List<TripRequest> waitlist();

    /**
     * @param originPrefix a GB/T 2260 code prefix of the origin (e.g. 3301 for 杭州)
     * @return CONFIRMED or WAITLISTED requests on no trip starting there (the planner's pool)
     */
    List<TripRequest> unplanned(String originPrefix);

    /**
     * The coordinators' list and the demand board (a Criteria query; every value a bound parameter).
     *
     * @param scope        who asks: only requests whose origin or destination their help centre serves
     * @param originPrefix a GB/T 2260 code prefix of the origin, or null
     * @param from         first travel date, or null
     * @param to           last travel date, or null
     * @param statuses     statuses to include; empty = all
     * @param max          at most this many
     * @return the matching requests, newest first
     */
    List<TripRequest> search(CentreScope scope, String originPrefix, LocalDate from, LocalDate to,
                             Collection<TripRequestStatus> statuses, int max);

    /** @param conversationRef a conversation's reference @return its newest request awaiting the worker's confirmation */
    Optional<TripRequest> awaitingConfirmation(String conversationRef);
}
