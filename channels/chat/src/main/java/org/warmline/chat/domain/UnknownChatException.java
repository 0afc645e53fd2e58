package org.warmline.chat.domain;

/** A chat id the server never issued (or a malformed one); the edge answers 404. */
public final class UnknownChatException extends RuntimeException {

    /** Creates the exception; the message names no id (the id works like a token). */
    public UnknownChatException() {
        super("unknown chat id; start a new chat session");
    }
}
