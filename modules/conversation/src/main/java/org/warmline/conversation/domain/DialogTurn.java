package org.warmline.conversation.domain;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one worker message: the state to store, the reply to send and what the
 * application must do.
 *
 * @param next     the conversation's state after this message
 * @param reply    the text to send back, never blank
 * @param language the reply's language, {@code "zh"} or {@code "en"}
 * @param actions  what the application must carry out, in order (often empty)
 * @param safetyAdvice true when the reply is the safety advice to a message naming a danger (110/120 and
 *                 the hotline): the application sends it even while a person works the conversation,
 *                 but not twice within a short time (issue 10, item 2)
 */
public record DialogTurn(DialogState next, String reply, String language, List<DialogAction> actions,
                         boolean safetyAdvice) {

    /**
     * A turn whose reply is not the safety advice.
     *
     * @param next     the state after the message
     * @param reply    the reply, never blank
     * @param language zh or en
     * @param actions  the actions, in order
     */
    public DialogTurn(DialogState next, String reply, String language, List<DialogAction> actions) {
        this(next, reply, language, actions, false);
    }

    /** Validates the turn and makes {@code actions} an unmodifiable copy. */
    public DialogTurn {
        Objects.requireNonNull(next, "next");
        if (reply == null || reply.isBlank()) {
            throw new IllegalArgumentException("reply must not be blank");
        }
        if (!DialogState.ZH.equals(language) && !DialogState.EN.equals(language)) {
            throw new IllegalArgumentException("language must be zh or en, was " + language);
        }
        actions = List.copyOf(actions == null ? List.of() : actions);
    }
}
