package org.warmline.conversation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.warmline.conversation.domain.DialogState.Service;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.conversation.domain.DialogState.TripSlots;
import org.warmline.core.domain.calendar.DateResolution;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceResolution;

/**
 * The return-home dialog: destination, date or window, party size and origin, then the draft request
 * shown for confirmation (1 confirm, 2 change); a correction re-drafts it. Places a province too wide, a
 * name with several matches (numbered options) and a day that does not exist are asked about first.
 */
final class TripDialog implements ServiceDialog {

    private final DialogReaders readers;
    private final Replies replies;

    /**
     * @param readers the shared readers
     * @param replies the reply composer
     */
    TripDialog(DialogReaders readers, Replies replies) {
        this.readers = readers;
        this.replies = replies;
    }

    @Override
    public Service service() {
        return Service.TRIP;
    }

    @Override
    public boolean asks(Step step) {
        return step.isTrip();
    }

    @Override
    public WhenAnotherAsked whenAnotherAsked() {
        return WhenAnotherAsked.SUSPEND;
    }

    /** Going home (回家, a hometown place), or two places, or a dated place; 回老家创业 is a start-up, not a trip. */
    @Override
    public int askedAt(String folded) {
        TripFacts facts = readers.trips().read(folded, Step.IDLE, false, false);
        int home = Intents.homeAt(folded);
        if (home < 0 && facts.homeByPlace()) {
            home = Math.max(0, folded.indexOf('回'));
        }
        boolean bothPlaces = facts.destination() != null && facts.origin() != null;
        // a date of the work itself ("11月20号就不干了" in a wage claim) is no travel date
        boolean datedPlace = facts.date() != null && (facts.destination() != null || facts.origin() != null)
                && !WageFactsReader.datesTheWork(folded);
        // without a word of going home, two places in a wage claim are the employer's city and the work site
        // ("杭州顺达建筑劳务有限公司欠我工资5000，在萧山工地"), not an origin and a destination
        int trip = home >= 0 ? home : (bothPlaces || datedPlace) && !IntakeReader.legal(folded) ? 0 : -1;
        if (trip >= 0 && IntakeReader.want(folded) == JobWant.STARTUP && facts.date() == null
                && facts.partySize().isEmpty() && facts.origin() == null) {
            trip = -1; // 回老家创业: a start-up at home, not a trip
        }
        return trip;
    }

    /** Going home with where to and when, e.g. "腊月二十二从杭州回安徽六安，2个人". */
    @Override
    public boolean isWholeRequest(Incoming m) {
        TripFacts facts = readers.trips().read(m.folded(), Step.IDLE, false, false);
        return (Intents.homeAt(m.folded()) >= 0 || facts.homeByPlace()) && facts.destination() != null
                && facts.date() != null;
    }

    @Override
    public Outcome chosen(DialogState s, String lang) {
        return next(s.withService(Service.TRIP), lang);
    }

    @Override
    public Outcome.Filled start(DialogState s, Incoming m) {
        TripFacts facts = readers.trips().read(m.folded(), Step.IDLE, s.destinationCode() != null,
                s.originCode() != null);
        Read r = fill(s.trip(), facts);
        return new Outcome.Filled(s.withTrip(r.slots()), r.problem());
    }

    @Override
    public Outcome answer(DialogState s, Incoming m) {
        if (s.step() == Step.CONFIRM) {
            if (Intents.yes(m.bare())) {
                return new Outcome.Done(s.withMisses(0), m.toldInChat() ? "confirmed.chat" : "confirmed",
                        new DialogAction.ConfirmTripRequest());
            }
            if (Intents.no(m.bare())) {
                // the question says "2修改" / "2 to change": keep the draft and ask what to change; a
                // correction ("改成3个人") then updates it, 重来/restart starts over
                return replies.reply(s.withMisses(0), m.language(), "confirm.change");
            }
        }
        Step step = s.step();
        if (step.isPick()) {
            Optional<Place> picked = readers.pickedOption(m.bare(), s.placeOptions());
            if (picked.isPresent()) {
                PlaceResolution chosen = new PlaceResolution.Found(picked.get());
                TripFacts facts = step == Step.PICK_DESTINATION
                        ? new TripFacts(chosen, picked.get().name(), null, null, null, Optional.empty(), false, null)
                        : new TripFacts(null, null, chosen, picked.get().name(), null, Optional.empty(), false, null);
                return applied(s, facts, m.language());
            }
        }
        TripFacts facts = readers.trips().read(m.folded(), step, s.destinationCode() != null, s.originCode() != null);
        if (facts.any()) {
            return applied(s, facts, m.language());
        }
        return new Outcome.NotUnderstood(notUnderstood(s, m), true);
    }

    /** The trip's own "say again": the confirmation once more, or the unknown place echoed ("“xx”是哪里？"). */
    private Outcome.Reply notUnderstood(DialogState s, Incoming m) {
        Step step = s.step();
        if (step == Step.CONFIRM) {
            DialogState next = s.withMisses(Math.min(1, s.misses() + 1));
            return s.misses() >= 1 ? null
                    : new Outcome.Reply(next, replies.confirmation(next, m.language()), List.of());
        }
        if (s.misses() == 0 && (step == Step.ASK_DESTINATION || step == Step.ASK_ORIGIN)) {
            return replies.reply(s.withMisses(1), m.language(),
                    step == Step.ASK_DESTINATION ? "ask.destination.again" : "ask.origin.again",
                    Texts.excerpt(m.raw(), Replies.ECHO_LENGTH));
        }
        return null;
    }

    private Outcome applied(DialogState s, TripFacts facts, String lang) {
        Read r = fill(s.trip(), facts);
        boolean changed = !r.slots().equals(s.trip());
        DialogState next = s.withTrip(r.slots()).withService(Service.TRIP).withMisses(0);
        if (r.problem() == null && s.step() == Step.CONFIRM && !changed && next.tripComplete()) {
            return new Outcome.Reply(next.withStep(Step.CONFIRM), replies.confirmation(next, lang), List.of());
        }
        return new Outcome.Filled(next, r.problem());
    }

    @Override
    public Outcome next(DialogState s, String lang) {
        TripSlots t = s.trip();
        if (!t.complete()) {
            Step step = nextStep(t);
            return replies.reply(s.withStep(step), lang, switch (step) {
                case ASK_DESTINATION -> "ask.destination";
                case ASK_DATE -> "ask.date";
                case ASK_PARTY -> "ask.party";
                default -> "ask.origin";
            });
        }
        DialogState confirming = s.withStep(Step.CONFIRM);
        return new Outcome.Reply(confirming, replies.confirmation(confirming, lang), List.of(draft(t)));
    }

    @Override
    public Outcome.Reply again(DialogState before, DialogState next, String lang) {
        if (before.step() == Step.CONFIRM && next.tripComplete()) {
            return new Outcome.Reply(next, replies.confirmation(next, lang), List.of());
        }
        return null;
    }

    @Override
    public DialogState cleared(DialogState s) {
        return s.withTrip(TripSlots.EMPTY);
    }

    /** A trip in progress starts over at "where is home?", its draft request discarded. */
    @Override
    public Outcome.Reply restarted(DialogState s, DialogState cleared, String lang) {
        if (s.service() != Service.TRIP && !s.hasTripSlots() && !s.step().isTrip()) {
            return null;
        }
        return new Outcome.Reply(cleared.withService(Service.TRIP).withStep(Step.ASK_DESTINATION),
                replies.text(lang, "restarted"), List.of(new DialogAction.DiscardTripRequestDraft()));
    }

    private static DialogAction.DraftTripRequest draft(TripSlots t) {
        return new DialogAction.DraftTripRequest(t.destinationCode(), t.originCode(), t.travelDate(),
                t.earliestDate(), t.latestDate(), t.partySize(), t.notes());
    }

    private static Step nextStep(TripSlots t) {
        if (t.destinationCode() == null) return Step.ASK_DESTINATION;
        if (t.travelDate() == null) return Step.ASK_DATE;
        if (t.partySize() == null) return Step.ASK_PARTY;
        return Step.ASK_ORIGIN;
    }

    /** The trip slots after a message, and the first problem to ask about (or null). */
    private record Read(TripSlots slots, Problem problem) {
    }

    private Read fill(TripSlots t, TripFacts facts) {
        Problem problem = null;
        Optional<Place> dest = DialogReaders.found(facts.destination());
        boolean destinationTooWide = dest.isPresent() && DialogReaders.isTooWide(dest.get());
        if (destinationTooWide) {
            problem = new Problem(Step.ASK_DESTINATION, "place.too-wide", new Object[] {dest.get()}, List.of());
        }
        Optional<Place> from = DialogReaders.found(facts.origin());
        boolean originTooWide = from.isPresent() && DialogReaders.isTooWide(from.get());
        if (originTooWide && problem == null) {
            problem = new Problem(Step.ASK_ORIGIN, "place.too-wide", new Object[] {from.get()}, List.of());
        }
        DateReader.Found when = facts.date();
        boolean dated = when != null && when.day() != null;
        Integer saidParty = facts.partySize().orElse(null);
        boolean partyOutOfRange = saidParty != null && (saidParty < 1 || saidParty > 60);
        String notes = t.notes();
        if (facts.notes() != null) {
            notes = notes == null || notes.contains(facts.notes()) ? facts.notes() : notes + "、" + facts.notes();
        }
        TripSlots filled = new TripSlots(
                dest.isPresent() && !destinationTooWide ? dest.get().code() : t.destinationCode(),
                from.isPresent() && !originTooWide ? from.get().code() : t.originCode(),
                dated ? when.day() : t.travelDate(), dated ? when.earliest() : t.earliestDate(),
                dated ? when.latest() : t.latestDate(),
                saidParty != null && !partyOutOfRange ? saidParty : t.partySize(), notes);

        if (facts.destination() instanceof PlaceResolution.Ambiguous a && dest.isEmpty()) {
            problem = DialogReaders.options(Step.PICK_DESTINATION, facts.destinationText(), a);
        } else if (facts.origin() instanceof PlaceResolution.Ambiguous a && from.isEmpty()) {
            problem = DialogReaders.options(Step.PICK_ORIGIN, facts.originText(), a);
        } else if (problem == null && when != null && when.resolution() instanceof DateResolution.NonExistent missing) {
            problem = noSuchDay(when, missing);
        } else if (problem == null && partyOutOfRange) {
            problem = new Problem(Step.ASK_PARTY, "party.out-of-range", new Object[0], List.of());
        }
        return new Read(filled, problem);
    }

    private static Problem noSuchDay(DateReader.Found when, DateResolution.NonExistent missing) {
        String said = Texts.excerpt(when.text(), Replies.ECHO_LENGTH);
        LocalDate last = missing.lastDayOfMonth();
        if (last == null) {
            return new Problem(Step.ASK_DATE, "date.no-such-day.unknown", new Object[] {said}, List.of());
        }
        if (said.contains("腊月") || said.contains("除夕") || said.contains("年三十")) {
            return new Problem(Step.ASK_DATE, "date.no-such-day.chuxi", new Object[] {last}, List.of());
        }
        return new Problem(Step.ASK_DATE, "date.no-such-day", new Object[] {said, last}, List.of());
    }
}
