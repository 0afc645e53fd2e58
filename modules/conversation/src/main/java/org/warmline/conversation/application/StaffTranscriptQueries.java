package org.warmline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.warmline.conversation.api.InboundMedia;
import org.warmline.conversation.api.StaffTranscripts;
import org.warmline.conversation.api.TranscriptLine;
import org.warmline.conversation.domain.Message;

/** Staff transcripts: the messages with one-time codes' digits hidden (as {@code GET /api/conversations} does). */
@ApplicationScoped
@Transactional
public class StaffTranscriptQueries implements StaffTranscripts {

    @Inject
    ConversationQueries queries;

    @Override
    public Map<Long, List<TranscriptLine>> staffTranscripts(List<Long> conversationIds) {
        Map<Long, List<Message>> messages = queries.messagesOf(conversationIds);
        Map<Long, List<InboundMedia>> media = queries.mediaOf(messages.values().stream().flatMap(List::stream).toList());
        return messages.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(m -> ConversationQueries.line(m,
                        StaffTranscripts.staffText(m.kind() == null ? null : m.kind().name(), m.body()), media))
                        .toList()));
    }
}
