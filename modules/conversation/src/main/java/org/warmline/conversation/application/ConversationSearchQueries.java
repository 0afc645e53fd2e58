package org.warmline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.warmline.conversation.api.ConversationSearch;
import org.warmline.conversation.domain.MessageRepository;

/** Text search over messages for staff (a LIKE scan; enough for a campaign's volume on one database). */
@ApplicationScoped
@Transactional
public class ConversationSearchQueries implements ConversationSearch {

    @Inject
    MessageRepository messages;

    @Override
    public List<Long> conversationsMentioning(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String pattern = "%" + text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return messages.conversationsMatching(pattern, Math.max(1, Math.min(max, 1000)));
    }
}
