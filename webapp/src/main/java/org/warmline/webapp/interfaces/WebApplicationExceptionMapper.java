package org.warmline.webapp.interfaces;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.warmline.core.interfaces.rest.Problems;

/**
 * Gives JAX-RS's own errors (404, 405, 415, 403 …) a problem+json body, with a code: {@code auth.required}
 * (401), {@code role.forbidden} (403: the caller's roles do not allow the call), {@code not-found} (404), else
 * {@code http.<status>}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** @param e the error @return the same status with a problem+json body */
    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        return Problems.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(),
                code(status.getStatusCode()));
    }

    /** @param status an HTTP status @return the rule code of a JAX-RS refusal with it */
    static String code(int status) {
        return switch (status) {
            case 401 -> "auth.required";
            case 403 -> "role.forbidden";
            case 404 -> "not-found";
            default -> "http." + status;
        };
    }
}
