package org.warmline.chat.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.warmline.chat.domain.UnknownChatException;

/** An unknown chat id is 404 problem+json. */
@Provider
public class UnknownChatMapper implements ExceptionMapper<UnknownChatException> {

    /** @param e the exception @return 404 problem+json */
    @Override
    public Response toResponse(UnknownChatException e) {
        return ChatProblems.unknownChat();
    }
}
