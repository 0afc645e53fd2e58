package org.warmline.webapp.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Secure rule of the session cookie: https public URL → Secure, unless overridden. */
class SessionCookieSettingsTest {

    @Test
    void anHttpsPublicUrlMakesTheCookieSecure() {
        assertTrue(SessionCookieSettings.secure(Optional.of("https://warmline.example.org"), Optional.empty()));
        assertTrue(SessionCookieSettings.secure(Optional.of(" HTTPS://Warmline.example.org/ "), Optional.empty()));
    }

    @Test
    void aPlainHttpOrMissingPublicUrlLeavesItPlain() {
        assertFalse(SessionCookieSettings.secure(Optional.of("http://localhost:8080"), Optional.empty()));
        assertFalse(SessionCookieSettings.secure(Optional.empty(), Optional.empty()));
    }

    @Test
    void theSettingOverridesTheRuleEitherWay() {
        assertFalse(SessionCookieSettings.secure(Optional.of("https://warmline.example.org"), Optional.of(false)));
        assertTrue(SessionCookieSettings.secure(Optional.of("http://localhost:8080"), Optional.of(true)));
    }
}
