package org.warmline.helpdesk.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.persistence.OptimisticLockException;
import org.warmline.core.interfaces.rest.Problems;

/**
 * A change that lost a race with another operator's change answers 409 problem+json (reload and retry),
 * code {@code conflict.changed}.
 */
@Provider
public class HelpdeskProblems implements ExceptionMapper<OptimisticLockException> {

    /** @param e the lost race @return 409 problem+json */
    @Override
    public Response toResponse(OptimisticLockException e) {
        return Problems.of(409, "Changed by someone else", "the conversation changed meanwhile; reload and try again",
                "conflict.changed");
    }
}
