/**
 * The event publication registry's rows ({@code wk_event_publication}) and its retry rule: events a
 * durable listener has not applied yet. No CDI, no transactions here (see core.application.events).
 */
package org.warmline.core.domain.events;
