/**
 * The legal clocks of a wage case (issue 12 point 3), pure Java (no JPA, no CDI): the limitation period for
 * arbitration (LDMAL Art. 27), the labour-inspection window and time limits (LSI Art. 17, 20; 若干规定 Art. 18),
 * the arbitration time limits and the final-award limit (LDMAL Art. 29, 43, 47), legal aid's time limits and the
 * act-first alert (Legal Aid Law Art. 43-44), the refusal-to-pay amounts (法释〔2013〕3号 Art. 3), the reminder rule,
 * and the working-day calendar built from the State Council's holiday notices. Its tables are CSV resources beside
 * these classes, each with a SOURCE note.
 */
package org.warmline.legalaid.domain.deadline;
