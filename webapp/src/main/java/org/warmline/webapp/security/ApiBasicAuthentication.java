package org.warmline.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.warmline.core.interfaces.rest.Problems;

/**
 * HTTP Basic authentication (RFC 7617) for API clients, as a Jakarta Security mechanism over the
 * application's identity store. Written instead of {@code @BasicAuthenticationMechanismDefinition}
 * because that one (Soteria, in Payara 6) answers a malformed header — no colon, bad Base64, empty
 * password — with a 500; here every failed sign-in is a 401 with a problem+json body and a
 * {@code WWW-Authenticate: Basic realm="warmline"} challenge.
 */
@ApplicationScoped
public class ApiBasicAuthentication implements HttpAuthenticationMechanism {

    /** The realm in the challenge. */
    public static final String REALM = "warmline";

    @Inject
    IdentityStoreHandler identityStores;

    /**
     * @param request  the request
     * @param response the response (a 401 body is written on failure)
     * @param context  Jakarta Security's message context
     * @return SUCCESS after a valid sign-in, NOT_DONE for public resources without credentials,
     *         SEND_FAILURE (401) otherwise
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected() ? challenge(response, "sign in with HTTP Basic (staff account)")
                    : context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response, "the Authorization header is not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return challenge(response, "user name and password are both required");
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return challenge(response, "wrong user name or password");
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, String detail) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank")
                    .add("title", "Sign-in required").add("status", 401).add("detail", detail).build().toString());
        } catch (IOException e) {
            // the client went away; the status is set
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
