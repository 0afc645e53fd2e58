package org.warmline.conversation.domain;

import java.util.List;

/**
 * A problem found in a worker's answer, asked before the next missing slot: an ambiguous place (numbered
 * options), a day that does not exist, a province too wide for a trip, a party size out of range.
 *
 * @param step    the step that waits for the answer
 * @param key     the reply's bundle key
 * @param args    its arguments; {@code LocalDate} and {@code Place} are shown in the reply's language by
 *                {@link Replies#ask}, index 1 of a "place.options" problem becomes the option list
 * @param options place codes offered (empty unless a PICK step)
 */
record Problem(DialogState.Step step, String key, Object[] args, List<String> options) {
}
