package org.warmline.core.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * RFC 9457 problem details ({@code application/problem+json}) for every module's HTTP errors, so a
 * client always gets the same shape: type, title, status, detail.
 */
public final class Problems {

    /** The media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /**
     * @param status HTTP status (4xx or 5xx)
     * @param title  short, fixed summary of the problem type
     * @param detail what was wrong with this request; must not contain personal data
     * @return a response with a problem+json body
     */
    public static Response of(Response.Status status, String title, String detail) {
        return of(status.getStatusCode(), title, detail);
    }

    /**
     * @param status HTTP status code
     * @param title  short summary
     * @param detail what was wrong; no personal data
     * @return a response with a problem+json body
     */
    public static Response of(int status, String title, String detail) {
        return of(status, title, detail, (JsonObject) null);
    }

    /**
     * @param status HTTP status code
     * @param title  short summary
     * @param detail what was wrong; no personal data
     * @param extra  RFC 9457 extension members a client reads (e.g. attemptsLeft), or null
     * @return a response with a problem+json body
     */
    public static Response of(int status, String title, String detail, JsonObject extra) {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(body(status, title, detail, extra))
                .build();
    }

    /**
     * @param status HTTP status code
     * @param title  short summary
     * @param detail what was wrong; no personal data
     * @param code   the stable rule code a page picks its explanation by (e.g. {@code request.invalid})
     * @return a response with a problem+json body whose only extension member is {@code code}
     */
    public static Response of(int status, String title, String detail, String code) {
        return of(status, title, detail, Json.createObjectBuilder().add("code", code).build());
    }

    /**
     * For code outside JAX-RS (servlet filters, the authentication mechanism, error pages): sets the
     * status and writes the same problem+json body.
     *
     * @param response the servlet response, not yet committed
     * @param status   HTTP status code
     * @param title    short summary
     * @param detail   what was wrong; no personal data
     * @throws IOException if the client went away
     */
    public static void send(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body(status, title, detail, null));
    }

    /** @return the problem+json text: type, title, status, detail, then the extension members */
    private static String body(int status, String title, String detail, JsonObject extra) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? "" : detail);
        if (extra != null) {
            extra.forEach(body::add);
        }
        return body.build().toString();
    }
}
