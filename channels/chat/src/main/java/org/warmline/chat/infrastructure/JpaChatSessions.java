package org.warmline.chat.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.warmline.chat.domain.ChatId;
import org.warmline.chat.domain.ChatSession;
import org.warmline.chat.domain.ChatSessionRepository;

/** {@link ChatSessionRepository} on {@code ch_chat_session}; joins the caller's transaction. */
@ApplicationScoped
public class JpaChatSessions implements ChatSessionRepository {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public Optional<ChatSession> find(ChatId chatId) {
        return em.createQuery("select s from ChatSession s where s.chatId = :c", ChatSession.class)
                .setParameter("c", chatId.value()).getResultStream().findFirst();
    }

    @Override
    public void add(ChatSession session) {
        em.persist(session);
        em.flush();
    }
}
