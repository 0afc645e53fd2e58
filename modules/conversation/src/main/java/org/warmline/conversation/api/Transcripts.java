package org.warmline.conversation.api;

import java.util.List;
import java.util.Map;

/** Read access to conversation transcripts for other modules (helpdesk's queue). */
public interface Transcripts {

    /**
     * @param conversationIds conversations (may be empty)
     * @return each conversation's messages, oldest first, keyed by conversation id
     */
    Map<Long, List<TranscriptLine>> transcripts(List<Long> conversationIds);

    /**
     * The messages of all of a worker's conversations after a given message id, oldest first; used
     * by the web chat to resume a dropped connection without losing or doubling messages.
     *
     * @param workerId       the worker
     * @param afterMessageId only messages with a larger id (0 for all)
     * @param max            at most this many (1..500)
     * @return the messages
     */
    List<TranscriptLine> linesForWorker(long workerId, long afterMessageId, int max);
}
