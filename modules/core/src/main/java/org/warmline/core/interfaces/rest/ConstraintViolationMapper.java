package org.warmline.core.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.warmline.core.domain.refusal.InvalidInput;

/**
 * A request body refused by Bean Validation (a record annotated with {@code @Min}, {@code @NotBlank} …, taken
 * with {@code @Valid} by a resource) answers as every other form refusal: 422 problem+json with code
 * {@code validation.fields}, {@code field} and {@code errors} (the record component's name → the
 * constraint's message), through {@link RefusalMapper}.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    /** @param e the violations @return 422 problem+json naming each field */
    @Override
    public Response toResponse(ConstraintViolationException e) {
        return new RefusalMapper().toResponse(refusal(e));
    }

    /**
     * @param e Bean Validation's violations of one request
     * @return the same as an {@link InvalidInput}: field (the last node of each property path, e.g.
     *         {@code partySize} of {@code change.arg1.partySize}) → message, in field order
     */
    public static InvalidInput refusal(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> field(v.getPropertyPath())))
                .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath()), v.getMessage()));
        if (errors.isEmpty()) {
            errors.put("body", "invalid");
        }
        return new InvalidInput(errors);
    }

    private static String field(Path path) {
        String name = "body";
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().isBlank()) {
                name = node.getName();
            }
        }
        return name;
    }
}
