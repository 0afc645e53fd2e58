/**
 * The operators' records of a conversation: the ticket (status, priority, assignee, labels, centre and
 * the rules of how it moves), notes, canned replies, escalations, who wrote each operator message, and
 * the triage reading of a message. JPA annotations only.
 */
package org.warmline.helpdesk.domain;
