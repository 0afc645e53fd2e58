package org.warmline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.warmline.conversation.api.DialogFacts;
import org.warmline.conversation.domain.DialogAction;
import org.warmline.conversation.domain.DialogRouter;
import org.warmline.conversation.domain.DialogState;
import org.warmline.conversation.domain.DialogTurn;
import org.warmline.conversation.domain.Conversation;
import org.warmline.conversation.domain.Message;
import org.warmline.conversation.domain.MessageRepository;

/**
 * {@link DialogFacts} from the stored dialog state and a replay of the worker's messages. The stored
 * state wins where it has a slot (it was read with the "today" of the message); the replay fills what
 * the state no longer holds (an intake already recorded, a hand-off that stopped the dialog) — it runs
 * the worker's messages through the dialog router as if no hand-off had happened, and keeps the last
 * draft or intake each service produced. Nothing is stored.
 */
@ApplicationScoped
@Transactional
public class DialogFactsQueries implements DialogFacts {

    /** Most worker messages replayed (the newest are kept). */
    static final int MAX_REPLAYED = 40;

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    MessageRepository messages;

    /** The application's one dialog router ({@link DialogRouterProducer}). */
    @Inject
    DialogRouter engine;

    @Override
    public Optional<Facts> factsOf(long conversationId) {
        Conversation c = em.find(Conversation.class, conversationId);
        if (c == null) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>(messages.latestOf(conversationId, 4 * MAX_REPLAYED).stream()
                .filter(m -> m.direction() == Message.Direction.INBOUND).limit(MAX_REPLAYED).map(Message::body).toList());
        Collections.reverse(texts);
        Replay replay = replay(texts);
        DialogState stored = decode(c.dialogState());
        String first = texts.isEmpty() ? null : cut(texts.get(0));
        return Optional.of(new Facts(c.id(), c.workerId(), c.ref(), c.language(), first,
                merge(trip(stored.trip()), replay.trip), merge(legal(stored.legal()), replay.legal),
                merge(job(stored.job()), replay.job)));
    }

    private static DialogState decode(String encoded) {
        try {
            return encoded == null ? DialogState.initial() : DialogState.decode(encoded);
        } catch (RuntimeException e) {
            return DialogState.initial();
        }
    }

    private static String cut(String s) {
        return s == null ? null : s.length() > DialogState.MAX_TEXT ? s.substring(0, DialogState.MAX_TEXT) : s;
    }

    /** What a replay found: the last draft/intake per service, else the final state's slots. */
    private static final class Replay {
        Trip trip;
        Legal legal;
        Job job;
    }

    private Replay replay(List<String> texts) {
        Replay r = new Replay();
        DialogState state = null;
        for (String text : texts) {
            DialogTurn turn = engine.handle(state == null ? null : state.withHandedOff(false), text);
            state = turn.next();
            for (DialogAction a : turn.actions()) {
                if (a instanceof DialogAction.DraftTripRequest d) {
                    r.trip = new Trip(d.destinationCode(), d.originCode(), d.travelDate(), d.earliestDate(),
                            d.latestDate(), d.partySize(), d.notes());
                } else if (a instanceof DialogAction.RecordLegalIntake l) {
                    r.legal = new Legal(l.text(), l.topic().name(), l.employer(), l.siteCode(), l.amountFen(),
                            l.monthsUnpaid(), l.coWorkersOwed(), l.evidence().stream().map(Enum::name).toList(),
                            l.urgent());
                } else if (a instanceof DialogAction.RecordJobIntake j) {
                    r.job = new Job(j.text(), j.want().name(), j.trade() == null ? null : j.trade().name(),
                            j.locationCode(), j.availableFrom());
                }
            }
        }
        if (state != null) {
            r.trip = merge(r.trip, trip(state.trip()));
            r.legal = merge(r.legal, legal(state.legal()));
            r.job = merge(r.job, job(state.job()));
        }
        return r;
    }

    private static Trip trip(DialogState.TripSlots s) {
        return new Trip(s.destinationCode(), s.originCode(), s.travelDate(), s.earliestDate(), s.latestDate(),
                s.partySize(), s.notes());
    }

    private static Legal legal(DialogState.LegalSlots s) {
        return new Legal(s.text(), s.topic() == null ? null : s.topic().name(), s.employer(), s.siteCode(),
                s.amountFen(), s.monthsUnpaid(), s.coWorkersOwed(),
                s.evidence().stream().sorted().map(Enum::name).toList(), s.urgent());
    }

    private static Job job(DialogState.JobSlots s) {
        return new Job(s.text(), s.want() == null ? null : s.want().name(), s.trade() == null ? null : s.trade().name(),
                s.locationCode(), s.availableFrom());
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    /** Slot by slot: the first's value where it has one, else the second's. */
    private static Trip merge(Trip a, Trip b) {
        return pick(a, b, (x, y) -> new Trip(first(x.destinationCode(), y.destinationCode()),
                first(x.originCode(), y.originCode()), first(x.travelDate(), y.travelDate()),
                first(x.earliestDate(), y.earliestDate()), first(x.latestDate(), y.latestDate()),
                first(x.partySize(), y.partySize()), first(x.notes(), y.notes())), new Trip(null, null, null, null, null, null, null));
    }

    private static Legal merge(Legal a, Legal b) {
        return pick(a, b, (x, y) -> new Legal(first(x.text(), y.text()), first(x.topic(), y.topic()),
                first(x.employer(), y.employer()), first(x.siteCode(), y.siteCode()), first(x.amountFen(), y.amountFen()),
                first(x.monthsUnpaid(), y.monthsUnpaid()), first(x.coWorkersOwed(), y.coWorkersOwed()),
                x.evidence().isEmpty() ? y.evidence() : x.evidence(), x.urgent() || y.urgent()),
                new Legal(null, null, null, null, null, null, null, List.of(), false));
    }

    private static Job merge(Job a, Job b) {
        return pick(a, b, (x, y) -> new Job(first(x.text(), y.text()), first(x.want(), y.want()),
                first(x.trade(), y.trade()), first(x.locationCode(), y.locationCode()),
                first(x.availableFrom(), y.availableFrom())), new Job(null, null, null, null, null));
    }

    private static <T> T pick(T a, T b, BinaryOperator<T> both, T empty) {
        if (a == null && b == null) {
            return empty;
        }
        return a == null ? b : b == null ? a : both.apply(a, b);
    }
}
