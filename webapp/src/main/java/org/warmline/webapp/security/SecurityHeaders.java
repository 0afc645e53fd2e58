package org.warmline.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries (set by {@link CsrfFilter} and, for answers the
 * authentication mechanism writes itself, by {@link StaffAuthentication}): a Content-Security-Policy
 * without inline script or style and with {@code frame-ancestors 'none'}, {@code nosniff}, a
 * referrer only within the site (with {@code no-referrer} browsers send {@code Origin: null} on form
 * posts, which the CSRF check must refuse), no framing, and no caching of staff API answers.
 */
public final class SecurityHeaders {

    /** The policy of every page: only this origin's script, style, images and connections. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** @param request the request @param response the response to set the headers on */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", CSP);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
