package org.warmline.webapp.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.warmline.core.interfaces.rest.Problems;

/**
 * Cross-site request forgery protection and security headers on every request.
 * <ul>
 *   <li>Every state-changing call (POST, PUT, PATCH, DELETE) whose {@code Origin} header names another
 *       origin than the request's host or {@code warmline.public-base-url} is refused (403), whoever
 *       signed in — browsers always send Origin on cross-site writes.</li>
 *   <li>A call signed in by the console's session must also carry the session's token in
 *       {@code X-CSRF-Token} (from {@code GET /api/session}); otherwise 403 problem+json.</li>
 *   <li>HTTP Basic clients need no token: their credentials are not ambient (a script, curl or
 *       twilio callback sends them on purpose); the Origin rule above still covers a browser that has
 *       cached Basic credentials. Unauthenticated channel endpoints (webhooks, the worker chat) are
 *       protected by their own signatures and chat ids.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST}, asyncSupported = true)
public class CsrfFilter extends HttpFilter {

    /** The header the console sends its token in. */
    public static final String HEADER = "X-CSRF-Token";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        if (!SAFE.contains(request.getMethod())) {
            String origin = request.getHeader("Origin");
            if (origin != null && !sameOrigin(request, origin)) {
                refuse(response, "cross-origin request refused (Origin " + origin.length() + " characters)");
                return;
            }
            if ("session".equals(request.getAttribute(StaffAuthentication.AUTH_KIND))) {
                HttpSession session = request.getSession(false);
                Object expected = session == null ? null : session.getAttribute(StaffAuthentication.SESSION_CSRF);
                String given = request.getHeader(HEADER);
                if (!(expected instanceof String token) || given == null
                        || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
                    LOG.info(() -> "CSRF token missing or wrong on " + request.getMethod() + " " + request.getRequestURI());
                    refuse(response, "missing or wrong " + HEADER + " header (get it from GET /api/session)");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * @param request the request
     * @param origin  its Origin header
     * @return whether the origin is the request's own scheme, host and port (or the public base URL's host)
     */
    static boolean sameOrigin(HttpServletRequest request, String origin) {
        try {
            URI o = URI.create(origin);
            if (o.getHost() == null) {
                return false; // "null" and other opaque origins
            }
            String authority = o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort();
            String host = request.getHeader("Host");
            if (host != null && authority.equalsIgnoreCase(host)) {
                return true;
            }
            // behind a reverse proxy the Host header may be the backend's: the public URL counts too
            String publicUrl = ConfigProvider.getConfig().getOptionalValue("warmline.public-base-url", String.class)
                    .orElse("");
            if (publicUrl.isEmpty()) {
                return false;
            }
            URI p = URI.create(publicUrl);
            return o.getScheme().equalsIgnoreCase(p.getScheme()) && o.getHost().equalsIgnoreCase(p.getHost())
                    && effectivePort(o) == effectivePort(p);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        Problems.send(response, 403, "Forbidden", detail);
    }
}
