/**
 * The worker-facing web chat: the page at {@code /chat}, its JSON and server-sent-events endpoints
 * under {@code /chat/api}, and phone verification by SMS one-time code. Uses only
 * {@code conversation.api} and core; owns the {@code ch_} tables.
 */
package org.warmline.chat;
