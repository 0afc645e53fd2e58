package org.warmline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.warmline.conversation.api.ConversationSearch;

/** Text search over messages for staff (a LIKE scan; enough for a campaign's volume on one database). */
@ApplicationScoped
@Transactional
public class ConversationSearchQueries implements ConversationSearch {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public List<Long> conversationsMentioning(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String pattern = "%" + text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select m.conversationId from Message m where lower(m.body) like :p escape '\\'"
                        + " group by m.conversationId order by max(m.id) desc", Long.class)
                .setParameter("p", pattern).setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList();
    }
}
