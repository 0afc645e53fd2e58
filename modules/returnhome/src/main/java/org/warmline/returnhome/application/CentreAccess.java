package org.warmline.returnhome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.warmline.core.application.CentreScopes;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.returnhome.domain.Trip;
import org.warmline.returnhome.domain.TripRequest;

/**
 * Help-centre scoping of returning home (issue 5, point 2), checked in the use cases on every read and
 * write: a member of staff works on the requests whose origin or destination their centre serves and on
 * the trips whose origin or any stop it serves ({@link CentreScope#servesAny}); supervisors and admins on
 * all. A refused access is recorded in the audit log (actor, {@code trip.denied} or
 * {@code trip-request.denied}, the record, time) and answered with {@link OutsideCentreProblem} (403).
 */
@ApplicationScoped
public class CentreAccess {

    @Inject
    CentreScopes scopes;

    /** @param scope who asks @param request a request @return whether they may see and change it */
    public static boolean sees(CentreScope scope, TripRequest request) {
        return scope.servesAny(request.places());
    }

    /** @param scope who asks @param trip a trip @return whether they may see and change it */
    public static boolean sees(CentreScope scope, Trip trip) {
        return scope.servesAny(trip.places());
    }

    /**
     * @param scope   who asks
     * @param request the request
     * @param action  what they try, e.g. "trip-request.cancel"
     * @return the request
     * @throws OutsideCentreProblem (403, audited) if another centre's
     */
    public TripRequest check(CentreScope scope, TripRequest request, String action) {
        require(scope, request.places(), action, "trip-request", String.valueOf(request.id()));
        return request;
    }

    /**
     * @param scope  who asks
     * @param trip   the trip
     * @param action what they try, e.g. "trip.publish"
     * @return the trip
     * @throws OutsideCentreProblem (403, audited) if another centre's
     */
    public Trip check(CentreScope scope, Trip trip, String action) {
        require(scope, trip.places(), action, "trip", String.valueOf(trip.id()));
        return trip;
    }

    /**
     * @param scope       who asks
     * @param places      the places of the record (a trip's origin and stops before it exists, say)
     * @param action      what they try
     * @param subjectType kind of record for the audit log: "trip", "trip-request" or "plan"
     * @param subjectId   its id ("new" before it exists)
     * @throws OutsideCentreProblem (403, audited) unless the scope serves one of the places
     */
    public void require(CentreScope scope, List<String> places, String action, String subjectType, String subjectId) {
        if (!scope.servesAny(places)) {
            scopes.recordDenied(scope, action, subjectType, subjectId, places);
            throw new OutsideCentreProblem(subjectType + " " + subjectId + " is outside help centre "
                    + scope.centreCode() + " (" + action + ")");
        }
    }
}
