/**
 * The chat channel's use cases: start or resume a chat, send a message to the dialog, read the
 * worker's messages, add a phone by one-time code, and the chat's SMS texts from resource bundles.
 * Talks to conversation only through its api.
 */
package org.warmline.chat.application;
