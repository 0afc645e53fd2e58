package org.warmline.webapp.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The console's session cookie, set before the application starts (Jakarta Servlet 6
 * {@link SessionCookieConfig}; SameSite is the {@code <attribute>} of web.xml's cookie-config, which is
 * where Payara reads it from — it ignores {@code setAttribute("SameSite", …)}): {@code SameSite=Lax} always (a browser never sends it with a request
 * another site's page makes, on top of the CSRF token and Origin check of {@link CsrfFilter}; Lax rather
 * than Strict so that a link to a conversation from a mail still opens the signed-in console), HttpOnly
 * (also in web.xml), and {@code Secure} when the public base URL is https — the URL staff use, behind a
 * TLS proxy. {@code warmline.session.secure-cookie} (true/false) overrides that rule, e.g. for a test
 * server that is reached over plain HTTP on loopback.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

    /** The SameSite attribute of the session cookie (as web.xml sets it). */
    static final String SAME_SITE = "Lax";

    /** @param event the starting application: its session cookie is configured */
    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        boolean secure = secure(config.getOptionalValue("warmline.public-base-url", String.class),
                config.getOptionalValue("warmline.session.secure-cookie", Boolean.class));
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        LOG.info(() -> "Session cookie: HttpOnly; SameSite=" + SAME_SITE + (secure ? "; Secure" : ""));
    }

    /**
     * @param publicBaseUrl {@code warmline.public-base-url}, if set
     * @param override      {@code warmline.session.secure-cookie}, if set
     * @return whether the session cookie is marked Secure: the override if given, else whether the public
     *         base URL is https
     */
    static boolean secure(Optional<String> publicBaseUrl, Optional<Boolean> override) {
        return override.orElseGet(() -> publicBaseUrl.map(u -> u.trim().toLowerCase(Locale.ROOT).startsWith("https://"))
                .orElse(false));
    }
}
