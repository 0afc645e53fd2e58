package org.warmline.core.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.warmline.core.domain.refusal.InvalidInput;

/**
 * A request refused by Bean Validation at the resource (a form class with {@code @NotNull}, {@code @Pattern},
 * {@code @Min} … taken with {@code @Valid}) answers problem+json in the shape of every other field refusal
 * ({@link RefusalMapper}): {@code code}, {@code field} (the first field at fault) and {@code errors} (field →
 * the constraint's message).
 * <ul>
 * <li>400, code {@value #CODE}: a field missing or not in the documented form;</li>
 * <li>422, code {@code validation.fields} ({@link InvalidInput#CODE}): when a violated constraint carries the
 * payload {@link Unprocessable} — a well-formed value a rule refuses, as the hand-written form checks answer
 * (a party size outside 1..60, a change without its reason).</li>
 * </ul>
 * Forms are classes with annotated fields, not records: Payara 6.2025.x's OpenAPI processor reads a
 * {@code @NotBlank}, {@code @Size}, {@code @Min} … on a record's canonical constructor parameter as a path
 * parameter and fails with a NullPointerException, so {@code /openapi} would answer 500.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    /** The code of a request with a field missing or malformed (400). */
    public static final String CODE = "invalid-input";

    /**
     * Payload of a constraint whose violation is a refused value (422 {@code validation.fields}), not a malformed
     * request (400 {@value #CODE}): {@code @Min(value = 1, payload = Unprocessable.class)}.
     */
    public interface Unprocessable extends Payload {
    }

    /** @param e the violations of one request @return 400 or 422 problem+json naming each field */
    @Override
    public Response toResponse(ConstraintViolationException e) {
        Map<String, String> errors = errors(e);
        boolean unprocessable = e.getConstraintViolations().stream()
                .anyMatch(v -> v.getConstraintDescriptor().getPayload().contains(Unprocessable.class));
        if (unprocessable) {
            return new RefusalMapper().toResponse(new InvalidInput(errors));
        }
        InvalidInput refusal = new InvalidInput(CODE, "invalid input: " + String.join(", ", errors.keySet()), errors);
        return Problems.of(400, "Invalid request", refusal.getMessage(), RefusalMapper.members(refusal));
    }

    /**
     * @param e Bean Validation's violations of one request
     * @return field (the last property of each path, e.g. {@code partySize} of {@code change.arg1.partySize};
     *         {@code body} for a constraint on the body itself) → message, ordered by field, one message a field
     */
    public static Map<String, String> errors(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> field(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath()), v.getMessage()));
        if (errors.isEmpty()) {
            errors.put("body", "invalid");
        }
        return errors;
    }

    private static String field(Path path) {
        String name = "body";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null && !node.getName().isBlank()) {
                name = node.getName();
            }
        }
        return name;
    }
}
