package org.warmline.core.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.warmline.core.domain.refusal.Refusal;

/**
 * Every module's {@link Refusal} as RFC 9457 problem+json: 404 not found, 403 forbidden, 409 a broken rule,
 * 422 wrong values; the body carries the stable rule {@code code} (pages pick their explanation by it, never
 * by the English detail) and the refusal's own members ({@code errors}, {@code field}, {@code reason} …).
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    /** @param e the refusal @return its problem+json response */
    @Override
    public Response toResponse(Refusal e) {
        return Problems.of(status(e.kind()), e.title(), e.getMessage(), members(e));
    }

    /**
     * @param kind a refusal's kind
     * @return its HTTP status: NOT_FOUND 404, FORBIDDEN 403, RULE 409, INVALID 422
     */
    public static int status(Refusal.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case RULE -> 409;
            case INVALID -> 422;
        };
    }

    /**
     * @param e a refusal
     * @return the extension members of its problem body: {@code code} first, then {@link Refusal#members()}
     *         (strings, numbers, booleans; a map becomes a JSON object of strings)
     */
    public static JsonObject members(Refusal e) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", e.code());
        e.members().forEach((name, value) -> {
            if (value instanceof Map<?, ?> map) {
                JsonObjectBuilder inner = Json.createObjectBuilder();
                map.forEach((k, v) -> inner.add(String.valueOf(k), String.valueOf(v)));
                body.add(name, inner);
            } else if (value instanceof Integer || value instanceof Long) {
                body.add(name, ((Number) value).longValue());
            } else if (value instanceof Boolean b) {
                body.add(name, b);
            } else {
                body.add(name, String.valueOf(value));
            }
        });
        return body.build();
    }
}
