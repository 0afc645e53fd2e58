package org.warmline.conversation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.warmline.conversation.domain.DialogState.Service;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.core.domain.place.Place;

/**
 * What a legal-aid and a jobs intake share: the worker first says what it is about in their own words,
 * then each missing slot is asked once, in the service's order, at most
 * {@link DialogState#MAX_INTAKE_QUESTIONS} questions; "不知道" is accepted, "就这些" ends it; it ends by
 * recording what it has ({@link Outcome.Done}). When the worker asks for another service in the middle,
 * the intake records what it has and the other service starts next.
 *
 * @param <S> the service's slots
 */
abstract class IntakeDialog<S> implements ServiceDialog {

    /** An {@code asked} mask with every question marked asked: the intake ends with what it has. */
    static final long ALL_ASKED = -1L >>> 1;

    /** The slots after a message, and the first problem to ask about (or null). */
    record Read<S>(S slots, Problem problem) {
    }

    /**
     * What sets one intake apart, as data.
     *
     * @param service      the service
     * @param steps        the questions this intake asks (its PICK step included)
     * @param describeStep the step after the menu choice, where the worker describes the matter
     * @param describeKey  the bundle key of that request ("please describe …")
     * @param doneKey      the bundle key of the closing words
     * @param slots        this service's slots in a state
     * @param withSlots    a state with new slots for this service
     * @param empty        no slot filled
     * @param answers      the slot each question fills (null or an empty collection while unanswered)
     * @param <S>          the slots
     */
    record Spec<S>(Service service, Set<Step> steps, Step describeStep, String describeKey, String doneKey,
                   Function<DialogState, S> slots, BiFunction<DialogState, S, DialogState> withSlots, S empty,
                   Map<Step, Function<S, ?>> answers) {
        /** Copies the steps and answers. */
        Spec {
            steps = Set.copyOf(steps);
            answers = Map.copyOf(answers);
        }
    }

    final DialogReaders readers;
    final Replies replies;
    private final Spec<S> spec;

    /**
     * @param readers the shared readers
     * @param replies the reply composer
     * @param spec    what sets this intake apart
     */
    IntakeDialog(DialogReaders readers, Replies replies, Spec<S> spec) {
        this.readers = readers;
        this.replies = replies;
        this.spec = spec;
    }

    private S slots(DialogState s) {
        return spec.slots().apply(s);
    }

    private DialogState withSlots(DialogState s, S slots) {
        return spec.withSlots().apply(s, slots);
    }

    /** @param raw the worker's first message @return fresh slots keeping that text */
    abstract S fresh(String raw);

    /**
     * @param slots the slots so far
     * @param m     the message
     * @param asked the question in progress (IDLE for a first message)
     * @return the slots with what the message says
     */
    abstract Read<S> fill(S slots, Incoming m, Step asked);

    /** @param slots the slots @param code the place picked from the options @return the slots with it */
    abstract S picked(S slots, String code);

    /** @param slots the slots @return the questions to ask, in order, for what the worker wants */
    abstract List<Step> order(S slots);

    /** @param slots the slots @param step a question @return whether its slot is filled */
    private boolean filled(S slots, Step step) {
        Function<S, ?> answer = spec.answers().get(step);
        Object value = answer == null ? Boolean.TRUE : answer.apply(slots);
        return value != null && !(value instanceof Collection<?> c && c.isEmpty());
    }

    /** @param slots the slots @param step a question @return the bundle key of its wording */
    String questionKey(S slots, Step step) {
        return Replies.questionKey(step);
    }

    /** @param slots the slots at the end @return the action that records the intake */
    abstract DialogAction record(S slots);

    /** @param asked the question in progress @param m the message @return whether a "no" answer counts as one */
    abstract boolean emptyAnswer(Step asked, Incoming m);

    @Override
    public Service service() {
        return spec.service();
    }

    @Override
    public boolean asks(Step step) {
        return spec.steps().contains(step) || step == spec.describeStep();
    }

    @Override
    public Step describeStep() {
        return spec.describeStep();
    }

    @Override
    public DialogState cleared(DialogState s) {
        return withSlots(s, spec.empty());
    }

    @Override
    public Outcome chosen(DialogState s, String lang) {
        return replies.reply(s.withStep(spec.describeStep()), lang, spec.describeKey());
    }

    @Override
    public Outcome.Filled start(DialogState s, Incoming m) {
        Read<S> r = fill(fresh(m.raw()), m, Step.IDLE);
        return new Outcome.Filled(withSlots(s, r.slots()), r.problem());
    }

    @Override
    public Outcome answer(DialogState s, Incoming m) {
        if (Intents.done(m.bare())) {
            return next(s.withAsked(ALL_ASKED), m.language());
        }
        S before = slots(s);
        Read<S> r;
        if (s.step().isPick()) {
            Optional<Place> p = readers.pickedOption(m.bare(), s.placeOptions());
            if (p.isEmpty()) {
                return new Outcome.NotUnderstood(null, false);
            }
            r = new Read<>(picked(before, p.get().code()), null);
        } else {
            r = fill(before, m, s.step());
        }
        boolean understood = !r.slots().equals(before) || r.problem() != null || Intents.skip(m.bare())
                || emptyAnswer(s.step(), m);
        if (!understood) {
            return new Outcome.NotUnderstood(null, true);
        }
        return new Outcome.Filled(withSlots(s, r.slots()).withMisses(0), r.problem());
    }

    @Override
    public Outcome next(DialogState s, String lang) {
        S slots = slots(s);
        if (Long.bitCount(s.asked()) < DialogState.MAX_INTAKE_QUESTIONS) {
            for (Step step : order(slots)) {
                if (!s.wasAsked(step) && !filled(slots, step)) {
                    return replies.reply(s.withStep(step).withAsked(s.asked() | (1L << step.ordinal())), lang,
                            questionKey(slots, step));
                }
            }
        }
        return new Outcome.Done(s, spec.doneKey(), record(slots));
    }

    @Override
    public Outcome.Reply again(DialogState before, DialogState next, String lang) {
        if (before.step() == spec.describeStep()) {
            return replies.reply(next, lang, spec.describeKey());
        }
        return before.service() != null ? replies.reply(next, lang, Replies.questionKey(before.step())) : null;
    }
}
