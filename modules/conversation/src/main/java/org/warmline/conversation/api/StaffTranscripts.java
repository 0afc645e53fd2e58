package org.warmline.conversation.api;

import java.util.List;
import java.util.Map;

/**
 * Transcripts as staff may see them (the operators' console): like {@link Transcripts}, but a
 * one-time code sent to the worker has its digits hidden, so nobody but the worker can use it.
 */
public interface StaffTranscripts {

    /**
     * @param conversationIds conversations (may be empty)
     * @return each conversation's messages, oldest first, keyed by conversation id; codes hidden
     */
    Map<Long, List<TranscriptLine>> staffTranscripts(List<Long> conversationIds);
}
