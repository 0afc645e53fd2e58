package org.warmline.conversation.api;

/**
 * Thrown by {@link InboundMessages#receive} when a message was accepted but its reply was not ready in
 * time (the server is overloaded or shutting down). The message is not lost: it is stored and
 * processed by its lane, and a re-delivery of the same channel message id gets the stored reply.
 * Channels answer it with 503 and {@code Retry-After}.
 */
public class InboundBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what happened, for the problem detail; no personal data */
    public InboundBusyException(String message) {
        super(message);
    }
}
