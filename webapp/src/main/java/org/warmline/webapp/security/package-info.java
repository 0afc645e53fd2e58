/**
 * Jakarta Security wiring for staff: the authentication mechanism and the staff identity store, the
 * session cookie settings, the CSRF filter and the security headers.
 */
package org.warmline.webapp.security;
