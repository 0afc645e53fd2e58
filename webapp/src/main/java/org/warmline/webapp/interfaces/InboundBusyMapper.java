package org.warmline.webapp.interfaces;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.warmline.conversation.api.InboundBusyException;
import org.warmline.core.interfaces.rest.Problems;

/**
 * Turns {@link InboundBusyException} (a message accepted but not answered in time) into 503
 * problem+json with {@code Retry-After: 5} (seconds); the message itself is kept and processed.
 */
@Provider
public class InboundBusyMapper implements ExceptionMapper<InboundBusyException> {

    /** @param e the exception @return 503 with its message as detail */
    @Override
    public Response toResponse(InboundBusyException e) {
        Response problem = Problems.of(Response.Status.SERVICE_UNAVAILABLE, "Busy, try again", e.getMessage());
        return Response.fromResponse(problem).header("Retry-After", "5").build();
    }
}
