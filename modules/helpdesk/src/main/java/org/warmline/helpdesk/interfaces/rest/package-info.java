/**
 * The helpdesk's staff API under {@code /api/helpdesk}: the queue, conversations with their tickets,
 * transcripts and notes, operators' changes, escalation forms, the dashboard, the directory (colleagues,
 * centres, canned replies), and the console's live updates (server-sent events).
 */
package org.warmline.helpdesk.interfaces.rest;
