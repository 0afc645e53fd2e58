package org.warmline.webapp.interfaces;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.warmline.core.interfaces.rest.Problems;

/**
 * A request body that cannot be read as the type the endpoint declares — not JSON, an array or a
 * string where an object is expected, {@code "x"} where a list or a number is expected — answers 400
 * problem+json with a readable detail, not 500. Jersey reports these as a {@link ProcessingException}
 * caused by JSON-B ({@code Error deserializing object from entity stream}) or, for a JSON-P value of
 * the wrong kind (an array for a {@code JsonObject} parameter), by the method call's
 * {@code IllegalArgumentException: argument type mismatch}. Any other processing failure stays a 500
 * ({@link UnexpectedErrorMapper}).
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    /** The detail sent for any unreadable body; the parser's own text may echo the body or name classes. */
    public static final String DETAIL = "the body cannot be read: it must be a JSON object with the fields this"
            + " endpoint documents, each of the documented type (text, number, list …)";

    /** @param e the failure @return 400 problem+json for an unreadable body, otherwise the last-resort 500 */
    @Override
    public Response toResponse(ProcessingException e) {
        if (isUnreadableBody(e)) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid request", DETAIL);
        }
        return new UnexpectedErrorMapper().toResponse(e);
    }

    /**
     * @param e a processing failure
     * @return whether it comes from reading the request body as the declared type
     */
    static boolean isUnreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return readingBody(e);
            }
            if (t instanceof IllegalArgumentException && "argument type mismatch".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean readingBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getMethodName().equals("readFrom") || frame.getMethodName().equals("readEntity")) {
                    return true;
                }
                if (frame.getMethodName().equals("writeTo")) {
                    return false;
                }
            }
        }
        return false;
    }
}
