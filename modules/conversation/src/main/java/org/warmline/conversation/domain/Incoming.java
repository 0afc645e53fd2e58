package org.warmline.conversation.domain;

/**
 * One worker message as the router hands it to a service dialog.
 *
 * @param raw        as received
 * @param folded     width-folded and Simplified ({@link Texts#foldWidth}, {@link Texts#simplify})
 * @param bare       letters and digits only ({@link Texts#bare})
 * @param language   the reply language, "zh" or "en"
 * @param toldInChat true when the worker hears news in this chat rather than by SMS
 */
record Incoming(String raw, String folded, String bare, String language, boolean toldInChat) {
}
