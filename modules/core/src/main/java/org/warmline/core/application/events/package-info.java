/**
 * The event publication registry: durable listeners, the events they have not applied yet
 * ({@code wk_event_publication}), delivery right after the causing commit, retries with back-off and
 * the start-up check. CDI beans, transactional; any module may use it (core is the shared kernel).
 */
package org.warmline.core.application.events;
