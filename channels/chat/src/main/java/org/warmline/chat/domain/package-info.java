/**
 * The chat channel's own rules: chat ids, chat sessions and phone verification by one-time code
 * (expiry, attempts, how many codes per hour), and the repository ports of sessions and verifications.
 * Plain Java and JPA annotations only; no HTTP, no CDI.
 */
package org.warmline.chat.domain;
