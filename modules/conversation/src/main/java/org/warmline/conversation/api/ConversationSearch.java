package org.warmline.conversation.api;

import java.util.List;

/** Finds conversations by what was written in them, for the operators' console search. */
public interface ConversationSearch {

    /**
     * @param text a piece of text (case-insensitive, at least 1 character)
     * @param max  at most this many conversation ids (1..1000)
     * @return ids of conversations with a message containing the text, most recent first
     */
    List<Long> conversationsMentioning(String text, int max);
}
