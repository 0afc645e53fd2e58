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

    /**
     * The one rule for what staff may see of a message's text, used by every staff view (transcripts,
     * the raw conversations API, the SMS outbox list).
     *
     * @param kind the message's kind name (VERIFICATION, REPLY …), or null
     * @param body the text, or null
     * @return the text, except that a one-time code (kind VERIFICATION) has its digits hidden, so
     *         nobody but the worker can use it
     */
    static String staffText(String kind, String body) {
        return body != null && "VERIFICATION".equals(kind) ? body.replaceAll("\\d", "*") : body;
    }
}
