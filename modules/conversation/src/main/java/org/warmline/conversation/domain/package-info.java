/**
 * The dialog: pure domain logic that turns a worker's messages into a return-home trip request, a
 * legal-aid intake or a jobs intake, a hand-off to a person, an opt-out or opt-in, or an answer to an
 * open seat offer. {@link org.warmline.conversation.domain.DialogRouter} alone decides the course of a
 * conversation (menu, misunderstanding, hand-off, danger, opt-out, which service next, open offers) from
 * the stored {@link org.warmline.conversation.domain.DialogState} and one
 * {@link org.warmline.conversation.domain.DialogContext} from the application; one {@code ServiceDialog}
 * per service fills its slots ({@code TripDialog}, {@code LegalIntakeDialog}, {@code JobIntakeDialog}),
 * and {@code Replies} composes every text from the message bundles. Readers of one message live here
 * too: {@code TripReader} (places, stations, roles, party, notes), {@code DateReader} (dates and windows
 * on top of core's parser), {@code IntakeReader} (legal and jobs slots), {@code Amounts} (money in fen),
 * {@code Texts} (width folding, Traditional → Simplified with opencc4j). No JPA, CDI or I/O lives in
 * these classes; the application layer stores the state (as its compact {@code encode()} string) and
 * carries out the returned {@link org.warmline.conversation.domain.DialogAction}s.
 * ({@code Conversation}, {@code Message} and {@code MessageMedia} are the module's JPA entities;
 * {@code MessageRepository} is how the application reads and stores messages, implemented in
 * {@code infrastructure}.)
 */
package org.warmline.conversation.domain;
