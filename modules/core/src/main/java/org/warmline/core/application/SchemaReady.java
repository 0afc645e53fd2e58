package org.warmline.core.application;

/**
 * CDI event fired once at start-up, when the database schema has been migrated to its newest version
 * (the webapp's Flyway migrations). Background work that reads or writes the database — senders,
 * schedulers — starts on this event rather than on the application scope's start, which comes before
 * the migrations on a fresh database (issue 10: the first start logged "Table CV_MESSAGE not found").
 *
 * @param version the schema version now in place (e.g. "2026.12.07.51"), or null if unknown
 */
public record SchemaReady(String version) {
}
