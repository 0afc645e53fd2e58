package org.warmline.webapp.interfaces;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.warmline.core.interfaces.rest.Problems;

/**
 * A request body that is not JSON, read as a JSON-P value ({@code JsonObject} parameters), answers 400
 * problem+json rather than 500.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {

    /** @param e the parser's complaint @return 400 with a fixed detail (the parser's text may echo the body) */
    @Override
    public Response toResponse(JsonException e) {
        return Problems.of(Response.Status.BAD_REQUEST, "Invalid request", "the body is not valid JSON");
    }
}
