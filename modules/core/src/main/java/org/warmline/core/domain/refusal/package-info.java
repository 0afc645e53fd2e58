/**
 * Refusals: the exceptions application and domain code throw when a request breaks a rule, names
 * nothing, is not the caller's to see, or carries wrong fields. Each carries a stable rule code (e.g.
 * {@code trip.seats-exceeded}) that pages and clients pick their explanation by; the interfaces layer
 * turns them into problem+json. Plain Java: no HTTP or framework types here.
 */
package org.warmline.core.domain.refusal;
