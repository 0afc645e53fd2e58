package org.warmline.core.interfaces.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

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
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? "" : detail)
                .build().toString();
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(body).build();
    }
}
