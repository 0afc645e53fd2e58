/**
 * The web chat's HTTP side: the page at {@code /chat}, JSON and server-sent events under
 * {@code /chat/api} (open to anyone holding a chat id; not the staff API). Translation only.
 */
package org.warmline.chat.interfaces.rest;
