package org.warmline.helpdesk.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.warmline.core.interfaces.rest.Problems;
import org.warmline.helpdesk.application.InvalidFields;

/**
 * A form with wrong fields (escalation, snooze) answers 422 problem+json (RFC 9457) with an {@code errors}
 * extension member: field name → what is wrong, so the console can mark each field.
 */
@Provider
public class InvalidFieldsMapper implements ExceptionMapper<InvalidFields> {

    /** @param e the refused form @return 422 problem+json with {@code errors} */
    @Override
    public Response toResponse(InvalidFields e) {
        JsonObjectBuilder errors = Json.createObjectBuilder();
        e.errors().forEach(errors::add);
        return Problems.of(422, "Invalid fields", e.getMessage(),
                Json.createObjectBuilder().add("errors", errors).build());
    }
}
