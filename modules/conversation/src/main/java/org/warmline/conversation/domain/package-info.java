/**
 * The dialog engine: pure domain logic that turns a worker's messages into a return-home trip
 * request, a legal-aid intake or a jobs intake, a hand-off to a person, an opt-out or opt-in
 * ({@link org.warmline.conversation.domain.DialogEngine}). Readers of one message live here too:
 * {@code TripReader} (places, stations, roles, party, notes), {@code DateReader} (dates and windows on
 * top of core's parser), {@code IntakeReader} (legal and jobs slots), {@code Amounts} (money in fen),
 * {@code Texts} (width folding, Traditional → Simplified with opencc4j). No JPA, CDI or I/O lives in
 * these classes; the application layer stores {@link org.warmline.conversation.domain.DialogState}
 * (as its compact {@code encode()} string) and carries out the returned
 * {@link org.warmline.conversation.domain.DialogAction}s. ({@code Conversation}, {@code Message} and
 * {@code MessageMedia} are the module's JPA entities.)
 */
package org.warmline.conversation.domain;
