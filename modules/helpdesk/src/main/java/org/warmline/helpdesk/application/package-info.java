/**
 * Helpdesk use cases: tickets from hand-offs and new messages (triage), the queue's queries,
 * operators' changes with centre checks and audit, escalation into a service module, and the
 * background work (snoozes that wake up, conversations that climb to a parent centre). Reads
 * conversations only through conversation's api.
 */
package org.warmline.helpdesk.application;
