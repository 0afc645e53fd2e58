/**
 * The deployable WAR that assembles every module: HTTP wiring, staff security, the console pages and
 * the database set-up. It holds the JAX-RS application and its error mapping to problem+json, Jakarta
 * Security for staff (sign-in, CSRF, headers), the console's pages and staff administration, the data
 * source and the Flyway migrations at start, and the demo set-up.
 */
package org.warmline.webapp;
