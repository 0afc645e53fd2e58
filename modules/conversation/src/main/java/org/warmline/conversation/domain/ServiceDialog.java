package org.warmline.conversation.domain;

import java.util.List;
import org.warmline.conversation.domain.DialogState.Service;
import org.warmline.conversation.domain.DialogState.Step;

/**
 * One service's dialog: it reads the slots of its service from a worker's message and says what it
 * still needs. It never routes: the {@link DialogRouter} decides greeting, misunderstanding, hand-off,
 * danger, opt-out, which service comes next, and when a message goes to this dialog at all (its row in
 * the router's table). A dialog returns an {@link Outcome} and never calls back into the router.
 */
interface ServiceDialog {

    /** What a dialog does when, in the middle of it, the worker asks for another service. */
    enum WhenAnotherAsked {
        /** Keep the slots, start the other service, come back after it (a trip: only on a clear request). */
        SUSPEND,
        /** Record what it has now and start the other service next (an intake). */
        FINISH
    }

    /** What a dialog made of a message, or what it asks next. */
    sealed interface Outcome {

        /**
         * The message filled slots: the router asks about {@code problem} if there is one, else the
         * dialog's next question ({@link ServiceDialog#next}).
         *
         * @param next    the state with the slots
         * @param problem a problem with the answer to ask about first, or null
         */
        record Filled(DialogState next, Problem problem) implements Outcome { }

        /**
         * The dialog needs an answer (a question asked, a confirmation shown): the reply as it stands.
         *
         * @param next    the state after the reply
         * @param text    the reply, never blank
         * @param actions what the application must carry out (e.g. a draft trip request), in order
         */
        record Reply(DialogState next, String text, List<DialogAction> actions) implements Outcome {
            /** Makes {@code actions} an unmodifiable copy. */
            public Reply {
                actions = List.copyOf(actions);
            }
        }

        /**
         * The service is done: the router clears its slots, carries the action and starts the next
         * queued service.
         *
         * @param next    the state before clearing
         * @param doneKey the bundle key of the closing words (with {@code doneKey + ".next"} when a
         *                queued service follows)
         * @param action  what the application must do (record the intake, confirm the request)
         */
        record Done(DialogState next, String doneKey, DialogAction action) implements Outcome { }

        /**
         * The dialog could not use the message.
         *
         * @param again        the dialog's own way of asking again (e.g. echoing an unknown place), or
         *                     null for the router's usual miss
         * @param otherService whether the router may read the message as a request for another service
         *                     ({@link ServiceDialog#whenAnotherAsked})
         */
        record NotUnderstood(Reply again, boolean otherService) implements Outcome { }
    }

    /** @return the service this dialog fills, its key in the router's table and in the stored state */
    Service service();

    /** @param step a step @return true if this dialog asked it (its answer comes to this dialog) */
    boolean asks(Step step);

    /**
     * @return the step a menu choice leads to where the worker first describes the matter in their own
     *         words ({@link Step#DESCRIBE_LEGAL}), or null (the default) when a menu choice asks the first
     *         question at once
     */
    default Step describeStep() {
        return null;
    }

    /**
     * @return what this dialog does when the worker asks for another service in the middle of it; by
     *         default it records what it has ({@link WhenAnotherAsked#FINISH})
     */
    default WhenAnotherAsked whenAnotherAsked() {
        return WhenAnotherAsked.FINISH;
    }

    /**
     * @param folded a message, width-folded and Simplified
     * @return where in it the worker clearly asks for this service (index), or -1
     */
    int askedAt(String folded);

    /**
     * @param folded a message, width-folded and Simplified
     * @return whether it hints at this service only weakly ("我是电工"): counted when nothing is asked
     *         clearly; by default never
     */
    default boolean hintedAt(String folded) {
        return false;
    }

    /**
     * @param m a message in the middle of another service's dialog
     * @return whether it is a whole request for this service on its own, which starts now while the
     *         other service waits (a trip with where to and when); by default never
     */
    default boolean isWholeRequest(Incoming m) {
        return false;
    }

    /**
     * The worker chose this service from the menu (its number).
     *
     * @param s    the state, misses cleared
     * @param lang zh or en
     * @return the first question, or the request to describe the matter ({@link #describeStep})
     */
    Outcome chosen(DialogState s, String lang);

    /**
     * Reads the slots of a first message that asks for this service.
     *
     * @param s the state (this service's slots may hold earlier answers)
     * @param m the message
     * @return {@link Outcome.Filled} with this service's slots
     */
    Outcome.Filled start(DialogState s, Incoming m);

    /**
     * Reads an answer to one of this dialog's questions ({@link #asks}, not the describe step).
     *
     * @param s the state, waiting at one of this dialog's steps
     * @param m the message
     * @return the outcome; never null
     */
    Outcome answer(DialogState s, Incoming m);

    /**
     * @param s    the state with this service current
     * @param lang zh or en
     * @return the next question ({@link Outcome.Reply}) or the end of the service ({@link Outcome.Done})
     */
    Outcome next(DialogState s, String lang);

    /**
     * The question in progress asked again after a message the router counted as a miss.
     *
     * @param before the state before the message
     * @param next   the state with the miss counted
     * @param lang   zh or en
     * @return the reply, or null for the router's usual "the question in progress"
     */
    Outcome.Reply again(DialogState before, DialogState next, String lang);

    /** @param s a state @return it with this service's slots empty */
    DialogState cleared(DialogState s);

    /**
     * What 重来 (restart) does for this dialog.
     *
     * @param s       the state before the restart
     * @param cleared the initial state in the worker's language (opt-out kept)
     * @param lang    zh or en
     * @return the reply when this dialog was in progress and starts over itself (a trip), else null
     */
    default Outcome.Reply restarted(DialogState s, DialogState cleared, String lang) {
        return null;
    }

    /**
     * What a message naming a danger adds to this service's slots (e.g. a legal intake made urgent).
     *
     * @param s the state after the turn
     * @param m the message
     * @return the state, by default unchanged
     */
    default DialogState dangerNoted(DialogState s, Incoming m) {
        return s;
    }
}
