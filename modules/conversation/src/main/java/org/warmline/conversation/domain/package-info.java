/**
 * The dialog engine: pure domain logic that turns a worker's messages into a return-home trip
 * request, a wage-arrears or job intake, or a menu reply ({@link org.warmline.conversation.domain.DialogEngine}).
 * No JPA, CDI or I/O lives here; the application layer stores {@link org.warmline.conversation.domain.DialogState}
 * (as its compact {@code encode()} string) and carries out the returned {@link org.warmline.conversation.domain.DialogAction}s.
 */
package org.warmline.conversation.domain;
