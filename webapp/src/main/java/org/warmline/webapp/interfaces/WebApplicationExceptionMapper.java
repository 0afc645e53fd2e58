package org.warmline.webapp.interfaces;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.warmline.core.interfaces.rest.Problems;

/** Gives JAX-RS's own errors (404, 405, 415, 403 …) a problem+json body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** @param e the error @return the same status with a problem+json body */
    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        return Problems.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    }
}
