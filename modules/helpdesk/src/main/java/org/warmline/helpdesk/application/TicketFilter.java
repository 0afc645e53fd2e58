package org.warmline.helpdesk.application;

import org.warmline.helpdesk.domain.Ticket;

/**
 * What the queue shows; null fields do not filter.
 *
 * @param mine       only tickets assigned to the viewer
 * @param unassigned only tickets nobody has
 * @param status     only this status; null = every status except RESOLVED and BOT ("active")
 * @param service    only this service
 * @param label      only tickets with this label
 * @param priority   only this priority
 * @param centre     only this centre (supervisors; others always see only their own)
 * @param query      text in a message, or a phone number
 * @param everyStatus with a null status: every status, BOT and RESOLVED too
 */
public record TicketFilter(boolean mine, boolean unassigned, Ticket.Status status, Ticket.Service service,
                           String label, Ticket.Priority priority, String centre, String query,
                           boolean everyStatus) {
}
