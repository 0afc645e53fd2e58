/**
 * Conversation use cases: receive a channel message (stored first, then processed, in per-worker order
 * on the inbound lanes), run the dialog and carry out its actions through the service modules' api,
 * the outbox and its sending rules, and the read side for staff (transcripts, search, dialog facts).
 */
package org.warmline.conversation.application;
