/**
 * The helpdesk's staff API under {@code /api/helpdesk}: the queue, conversations with their tickets,
 * transcripts and notes, operators' changes, and the console's live updates (server-sent events).
 */
package org.warmline.helpdesk.interfaces.rest;
