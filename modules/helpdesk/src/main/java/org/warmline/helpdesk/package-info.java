/**
 * The operators' triage: a ticket per conversation fed by hand-offs and new messages, the queue with
 * live updates, notes, canned replies and escalation into a service request. Snoozed conversations
 * wake up on time, and one that nobody picks up climbs to the parent help centre. Owns the {@code hd_}
 * tables; has no {@code api} package.
 */
package org.warmline.helpdesk;
