/** The only package channels and other modules may import from conversation. */
package org.warmline.conversation.api;
