package org.warmline.returnhome.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.warmline.core.interfaces.rest.Problems;
import jakarta.json.Json;
import org.warmline.returnhome.application.InvalidChangeProblem;
import org.warmline.returnhome.application.NotFoundProblem;
import org.warmline.returnhome.application.OutsideCentreProblem;
import org.warmline.returnhome.domain.TripChangeRefused;
import org.warmline.returnhome.domain.TripRuleException;

/**
 * problem+json for returnhome's own exceptions: a broken trip rule is 409, an unknown id 404, another
 * help centre's record 403.
 */
public final class ReturnHomeProblemMappers {

    private ReturnHomeProblemMappers() {
    }

    /** A broken assignment or lifecycle rule: 409 Conflict, the rule as detail. */
    @Provider
    public static class TripRuleMapper implements ExceptionMapper<TripRuleException> {
        /** @param e the broken rule @return 409 problem+json */
        @Override
        public Response toResponse(TripRuleException e) {
            return Problems.of(Response.Status.CONFLICT, "Trip rule broken", e.getMessage());
        }
    }

    /** An unknown trip, request or plan: 404. */
    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFoundProblem> {
        /** @param e what was not found @return 404 problem+json */
        @Override
        public Response toResponse(NotFoundProblem e) {
            return Problems.of(Response.Status.NOT_FOUND, "Not found", e.getMessage());
        }
    }

    /** Another help centre's trip, request or plan (issue 5, point 2): 403; the attempt is already audited. */
    @Provider
    public static class OutsideCentreMapper implements ExceptionMapper<OutsideCentreProblem> {
        /** @param e what was refused @return 403 problem+json */
        @Override
        public Response toResponse(OutsideCentreProblem e) {
            return Problems.of(Response.Status.FORBIDDEN, "Another help centre's record", e.getMessage());
        }
    }

    /**
     * A change or cancellation of a request that the trip's rules forbid (issue 10, point 4): 409, or 422
     * for a value wrong in itself (a past day, the value the request already has); the member
     * {@code reason} (LEAVES_SOON, NO_ROOM, …) lets the console say it in the page's language.
     */
    @Provider
    public static class TripChangeRefusedMapper implements ExceptionMapper<TripChangeRefused> {
        /** @param e the refusal @return 409 or 422 problem+json with {@code reason} and {@code number} */
        @Override
        public Response toResponse(TripChangeRefused e) {
            return Problems.of(e.reason().isInput() ? 422 : 409, "Change refused", e.getMessage(),
                    Json.createObjectBuilder().add("reason", e.reason().name()).add("number", e.number()).build());
        }
    }

    /** A change or cancellation sent without a reason or a value: 422 naming the field. */
    @Provider
    public static class InvalidChangeMapper implements ExceptionMapper<InvalidChangeProblem> {
        /** @param e the refused input @return 422 problem+json with {@code field} */
        @Override
        public Response toResponse(InvalidChangeProblem e) {
            return Problems.of(422, "Invalid change", e.getMessage(),
                    Json.createObjectBuilder().add("field", e.field()).build());
        }
    }
}
