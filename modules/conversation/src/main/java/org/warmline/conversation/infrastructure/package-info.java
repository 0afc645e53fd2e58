/**
 * The conversation module's persistence: the JPA repository of its messages ({@code cv_message},
 * {@code cv_message_media}). No HTTP, no dialog here.
 */
package org.warmline.conversation.infrastructure;
