/** Conversation use cases: receive a channel message, run the dialog, call the service modules' api. */
package org.warmline.conversation.application;
