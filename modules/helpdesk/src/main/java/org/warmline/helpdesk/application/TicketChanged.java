package org.warmline.helpdesk.application;

/**
 * CDI event inside helpdesk: a ticket changed (new message, status, assignment …). Observed after
 * commit by the console's event streams.
 *
 * @param ticketId   the ticket
 * @param centreCode its centre (streams of other centres are not told)
 * @param what       what happened, e.g. "message", "status"
 */
public record TicketChanged(long ticketId, String centreCode, String what) {
}
