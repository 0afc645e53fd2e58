package org.warmline.webapp.interfaces;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.warmline.core.interfaces.rest.Problems;

/**
 * The last line of defence: any exception no other mapper handles becomes a 500 problem+json with
 * an incident id, never a stack trace or an HTML page. The incident id is logged with the exception
 * so the two can be matched; the message of the exception is not sent to the client.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    /** @param e anything @return the mapped response (WebApplicationExceptions keep their status) */
    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException wae) {
            return new WebApplicationExceptionMapper().toResponse(wae);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "Unexpected error, incident " + incident, e);
        return Problems.of(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                "something went wrong on our side; incident " + incident);
    }
}
