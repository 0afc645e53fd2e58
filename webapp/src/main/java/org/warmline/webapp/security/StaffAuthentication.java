package org.warmline.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.staff.StaffUser;
import org.warmline.core.interfaces.rest.Problems;

/**
 * The one Jakarta Security mechanism of Warmline, for two kinds of client over the same
 * {@link StaffIdentityStore}:
 * <ul>
 *   <li>API clients: HTTP Basic (RFC 7617) on every request. Written instead of
 *       {@code @BasicAuthenticationMechanismDefinition} because that one answers a malformed header
 *       with a 500; here every failed sign-in is a 401 problem+json with a Basic challenge.</li>
 *   <li>The console: form login ({@code POST /console/login} with {@code username} and
 *       {@code password}) that starts an HTTP session (a new session id after sign-in, a random CSRF
 *       token in it, idle timeout from web.xml); later requests are signed in from the session, with
 *       the roles read again from the database, so a disabled account is out at its next click.
 *       Without a session, {@code /console/*} redirects to the login page.</li>
 * </ul>
 * Console scripts send {@code X-Requested-With: warmline-console}; their 401s carry no Basic
 * challenge, so the browser never pops up its own password dialog.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    /** The realm in the challenge. */
    public static final String REALM = "warmline";
    /** Request attribute: how the caller signed in, "basic" or "session". */
    public static final String AUTH_KIND = "warmline.auth-kind";
    /** Session attribute: the signed-in user name. */
    public static final String SESSION_USER = "warmline.user";
    /** Session attribute: the session's CSRF token. */
    public static final String SESSION_CSRF = "warmline.csrf";
    /** The login page and form target. */
    public static final String LOGIN_PATH = "/console/login";

    private static final Logger LOG = Logger.getLogger(StaffAuthentication.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    StaffIdentityStore staffStore;

    /** What a locked user name is told (StaffIdentityStore's lock). */
    private static final String LOCKED = "too many failed sign-ins for this user name; try again in "
            + StaffIdentityStore.LOCK_MINUTES + " minutes";

    @Inject
    StaffDirectory staff;

    /**
     * @param request  the request
     * @param response the response (a 401 body or a redirect is written on failure)
     * @param context  Jakarta Security's message context
     * @return SUCCESS when signed in, NOT_DONE for public resources without credentials,
     *         SEND_CONTINUE after a redirect, SEND_FAILURE (401) otherwise
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(request, response, context, header);
        }
        if (LOGIN_PATH.equals(path) && "POST".equals(request.getMethod())) {
            return formLogin(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String user) {
            Optional<StaffUser> account = staff.byUsername(user).filter(StaffUser::enabled);
            if (account.isPresent()) {
                request.setAttribute(AUTH_KIND, "session");
                return context.notifyContainerAboutLogin(user,
                        account.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (path.startsWith("/console") && "GET".equals(request.getMethod())) {
            return context.redirect(request.getContextPath() + LOGIN_PATH);
        }
        return challenge(request, response, "sign in (HTTP Basic, or the console's login page)");
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, String header) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(request, response, "the Authorization header is not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return challenge(request, response, "user name and password are both required");
        }
        String username = decoded.substring(0, colon);
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(username, decoded.substring(colon + 1)));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.setAttribute(AUTH_KIND, "basic");
            return context.notifyContainerAboutLogin(result);
        }
        return challenge(request, response, staffStore.locked(username) ? LOCKED : "wrong user name or password");
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        String origin = request.getHeader("Origin");
        if (origin != null && !CsrfFilter.sameOrigin(request, origin)) {
            return context.redirect(request.getContextPath() + LOGIN_PATH + "?error=origin");
        }
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        if (username == null || password == null || username.isBlank() || password.isEmpty()) {
            return context.redirect(request.getContextPath() + LOGIN_PATH + "?error=missing");
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.redirect(request.getContextPath() + LOGIN_PATH
                    + (staffStore.locked(username) ? "?error=locked" : "?error=wrong"));
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        session.setAttribute(SESSION_CSRF, newToken());
        LOG.info(() -> "Console sign-in of " + result.getCallerPrincipal().getName());
        return context.redirect(request.getContextPath() + "/console/");
    }

    /** @return a new random CSRF token (256 bits, URL-safe Base64) */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response, String detail) {
        if (!"warmline-console".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        try {
            Problems.send(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign-in required", detail);
        } catch (IOException e) {
            // the client went away; the status is set
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
