package org.warmline.webapp.interfaces;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.warmline.core.interfaces.rest.Problems;

/**
 * Turns a broken domain rule ({@link IllegalArgumentException}) into 400 problem+json; the detail is the
 * rule's message as a client may read it ({@link ClientMessages}: no Java class names), code
 * {@code request.invalid}.
 */
@Provider
public class IllegalArgumentMapper implements ExceptionMapper<IllegalArgumentException> {

    /** @param e the broken rule @return 400 with the rule's message as detail */
    @Override
    public Response toResponse(IllegalArgumentException e) {
        return Problems.of(400, "Invalid request", ClientMessages.of(e.getMessage()),
                "request.invalid");
    }
}
