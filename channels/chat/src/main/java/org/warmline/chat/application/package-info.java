/**
 * The chat channel's use cases: start or resume a chat, send a message to the dialog, read the
 * worker's messages, add a phone by one-time code. Talks to conversation only through its api.
 */
package org.warmline.chat.application;
