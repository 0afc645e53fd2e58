/**
 * Helpdesk use cases: the hand-off queue, and the console's tickets (triage of new messages, the
 * queue's queries, operators' changes with centre checks and audit). Reads conversations only through
 * conversation's api.
 */
package org.warmline.helpdesk.application;
