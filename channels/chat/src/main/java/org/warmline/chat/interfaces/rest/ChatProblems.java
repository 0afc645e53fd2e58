package org.warmline.chat.interfaces.rest;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import org.warmline.core.interfaces.rest.Problems;

/** RFC 9457 problems of the chat endpoints, with extension members the page reads. */
final class ChatProblems {

    private ChatProblems() {
    }

    /**
     * @param status HTTP status
     * @param title  fixed summary
     * @param detail what was wrong, no personal data
     * @param extra  extension members (may be null)
     * @return a problem+json response
     */
    static Response of(int status, String title, String detail, JsonObjectBuilder extra) {
        return Problems.of(status, title, detail, extra == null ? null : extra.build());
    }

    /** @return 404 for a chat id the server never issued */
    static Response unknownChat() {
        return Problems.of(Response.Status.NOT_FOUND, "Unknown chat", "this chat id is unknown; start a new chat");
    }
}
