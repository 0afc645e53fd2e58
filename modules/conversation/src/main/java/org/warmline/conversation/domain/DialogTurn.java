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
 * @param stateKept true for an answer from a service module's data (a seat offer answered, "我的车几点走"):
 *                 the application leaves the conversation's stored state and language as they were
 */
public record DialogTurn(DialogState next, String reply, String language, List<DialogAction> actions,
                         boolean safetyAdvice, boolean stateKept) {

    /**
     * A turn that may be the safety advice.
     *
     * @param next         the state after the message
     * @param reply        the reply, never blank
     * @param language     zh or en
     * @param actions      the actions, in order
     * @param safetyAdvice whether the reply is the safety advice
     */
    public DialogTurn(DialogState next, String reply, String language, List<DialogAction> actions,
                      boolean safetyAdvice) {
        this(next, reply, language, actions, safetyAdvice, false);
    }

    /**
     * A turn whose reply is not the safety advice.
     *
     * @param next     the state after the message
     * @param reply    the reply, never blank
     * @param language zh or en
     * @param actions  the actions, in order
     */
    public DialogTurn(DialogState next, String reply, String language, List<DialogAction> actions) {
        this(next, reply, language, actions, false, false);
    }

    /**
     * An answer from a service module's data that leaves the conversation's state as it was.
     *
     * @param state   the state before the message (kept)
     * @param reply   the reply, never blank (replaced by returnhome's words for {@link DialogAction.AnswerOffer})
     * @param actions the actions, in order
     * @return the turn, in the state's language
     */
    public static DialogTurn stateKept(DialogState state, String reply, List<DialogAction> actions) {
        return new DialogTurn(state, reply, state.language(), actions, false, true);
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
