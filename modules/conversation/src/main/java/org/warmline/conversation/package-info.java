/**
 * The channel-neutral dialog: conversations and their messages, the dialog engine, hand-offs to a
 * person and the transactional outbox of every message to a worker. The dialog creates service
 * requests through the service modules' {@code api}; channels and other modules use conversation only
 * through {@code conversation.api}. Owns the {@code cv_} tables.
 */
package org.warmline.conversation;
