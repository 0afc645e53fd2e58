package org.warmline.chat.domain;

import java.util.Optional;

/** Where issued chat ids are kept. */
public interface ChatSessionRepository {

    /** @param chatId a chat id @return its session, if the server issued it */
    Optional<ChatSession> find(ChatId chatId);

    /** @param session a new session to store */
    void add(ChatSession session);
}
