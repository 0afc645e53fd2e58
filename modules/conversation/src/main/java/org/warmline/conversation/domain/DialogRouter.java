package org.warmline.conversation.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.warmline.conversation.domain.DialogAction.HandOff;
import org.warmline.conversation.domain.DialogState.Service;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.conversation.domain.ServiceDialog.Outcome;
import org.warmline.core.domain.calendar.DateResolution;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceResolution;
import org.warmline.core.domain.text.DangerWords;

/**
 * The dialog: one worker message, the conversation's state and a {@link DialogContext} in; the reply,
 * the next state and the actions for the application out. Pure and thread-safe; holds no conversation.
 * The router alone decides the conversation's course; the services' slots are filled by one
 * {@link ServiceDialog} per service, kept in the router's table (trip, legal aid, jobs: their menu
 * numbers 1, 2, 3 and their order when one message asks for several), and every text comes from one
 * composer ({@link Replies}).
 *
 * <p>Behaviour, in the order a message is looked at:
 * <ol>
 *   <li>Answers from the application's data ({@link DialogContext}): a bare 1/2 answers an open seat
 *       offer ({@link DialogAction.AnswerOffer}) unless the dialog waits for an answer of its own and no
 *       notice went out since its last turn ("2" to "几个人？" belongs to the dialog); "我的车几点走" gets
 *       returnhome's words about the worker's trip. The state stays as it was.</li>
 *   <li>Meta words, the whole message: 退订/TD/STOP… → {@link DialogAction.OptOut}; 订阅/START/UNSTOP →
 *       {@link DialogAction.OptIn}; 重来/restart → slots cleared ({@link DialogAction.DiscardTripRequestDraft}
 *       if a trip was being filled); 人工/转人工/客服/human/agent/operator → {@link HandOff}; 帮助/HELP →
 *       what Warmline does (no action, the question in progress stays); 菜单/menu → the menu.</li>
 *   <li>A handed-off conversation gets a short "a person will answer" reply and no action, until the
 *       worker writes 菜单 or 重来 (or the application resets the state).</li>
 *   <li>In an idle conversation, a change of the worker's trip request (改成5个人, 不回了) is checked with
 *       the context's desk and asked as "回复1确认，2不改"; a menu number chooses a service; otherwise the
 *       message starts one service — or two or three, one after the other, when it asks for several
 *       (欠薪 + 回家): the later ones are queued with the slots this message already gave.</li>
 *   <li>Otherwise the message goes to the dialog that asked the question in progress. A whole request
 *       for another service (a trip with where to and when) starts that service first; a message the
 *       dialog cannot use but that asks for another service starts it (a trip waits, an intake records
 *       what it has). Two messages in a row that nobody understands hand the conversation to a person.</li>
 *   <li>A message naming a danger is handed to a person with the safety advice, whatever came before.</li>
 * </ol>
 * Replies are in the language of the worker's latest message that has letters.
 */
public final class DialogRouter {

    private static final Logger LOG = Logger.getLogger(DialogRouter.class.getName());

    /**
     * The hotline given with the safety advice unless configured otherwise: 12351, the All-China
     * Federation of Trade Unions' workers' service hotline (职工服务热线), answered by the local trade
     * union federation of the caller's area.
     */
    public static final String DEFAULT_HOTLINE = "12351";

    private final DialogReaders readers;
    private final Replies replies;
    private final List<ServiceDialog> table;
    private final Map<Service, ServiceDialog> byService = new LinkedHashMap<>();
    private final String hotline;

    /**
     * The standard router with the default hotline (tests, benchmarks).
     *
     * @param gazetteer the place list, e.g. {@link Gazetteer#load()}
     * @param clock     the clock that says what "today" is (dates are read in Asia/Shanghai)
     */
    public DialogRouter(Gazetteer gazetteer, Clock clock) {
        this(gazetteer, clock, DEFAULT_HOTLINE);
    }

    /**
     * The standard router: trip, legal aid and jobs, in that order.
     *
     * @param gazetteer the place list, e.g. {@link Gazetteer#load()}
     * @param clock     the clock that says what "today" is (dates are read in Asia/Shanghai)
     * @param hotline   the hotline number given with the safety advice (configuration
     *                  {@code warmline.hotline-number}, default {@link #DEFAULT_HOTLINE})
     * @throws IllegalArgumentException if the hotline number is blank
     */
    public DialogRouter(Gazetteer gazetteer, Clock clock, String hotline) {
        this(DialogReaders.of(gazetteer, clock), hotline, DialogRouter::standardTable);
    }

    /**
     * A router over a table of service dialogs.
     *
     * @param readers the readers the dialogs share
     * @param hotline the hotline number given with the safety advice
     * @param table   builds the table from the readers and the reply composer: the dialogs in menu order
     *                (the first is menu choice 1), each for its own service
     * @throws IllegalArgumentException if the hotline number is blank or two dialogs fill one service
     */
    DialogRouter(DialogReaders readers, String hotline, BiFunction<DialogReaders, Replies, List<ServiceDialog>> table) {
        this.readers = Objects.requireNonNull(readers, "readers");
        this.replies = new Replies(readers);
        this.table = List.copyOf(table.apply(readers, replies));
        for (ServiceDialog d : this.table) {
            if (byService.put(d.service(), d) != null) {
                throw new IllegalArgumentException("two dialogs for " + d.service());
            }
        }
        if (hotline == null || hotline.isBlank()) {
            throw new IllegalArgumentException("the hotline number must not be blank");
        }
        this.hotline = hotline.strip();
    }

    /**
     * @param readers the shared readers
     * @param replies the reply composer
     * @return the three services of today's menu: 1 trip home, 2 legal aid, 3 jobs
     */
    static List<ServiceDialog> standardTable(DialogReaders readers, Replies replies) {
        return List.of(new TripDialog(readers, replies), new LegalIntakeDialog(readers, replies),
                new JobIntakeDialog(readers, replies));
    }

    /**
     * The language a message is written in, by the rule the router picks its reply language with
     * (Latin words against Han characters, markup ignored): for a worker's first message, the
     * language the bot will answer in and the worker is recorded with.
     *
     * @param text a message, possibly null
     * @return {@link DialogState#EN} or {@link DialogState#ZH}; Chinese when the text has no letters
     */
    public static String languageOf(String text) {
        return text == null ? DialogState.ZH : Texts.language(text).orElse(DialogState.ZH);
    }

    /**
     * @param language zh or en
     * @return the short answer to a further danger message soon after the safety advice was given
     *         ("收到，工作人员已在处理…"), without repeating the numbers
     */
    public String safetyAdviceNoted(String language) {
        return replies.text(DialogState.EN.equals(language) ? DialogState.EN : DialogState.ZH, "handoff.danger.noted");
    }

    /**
     * @param p a place of the gazetteer
     * @return how a place is shown to a worker in Chinese ({@link Replies#label})
     */
    String label(Place p) {
        return replies.label(p);
    }

    /**
     * Handles one message from a worker told by SMS, with nothing known from the application.
     *
     * @param state the conversation's state before the message; null means a new conversation
     * @param text  the message as received (any length, any characters); null or blank is answered
     *              with the question in progress or the menu
     * @return the next state, the reply (never blank) and the actions for the application
     */
    public DialogTurn handle(DialogState state, String text) {
        return handle(state, text, DialogContext.NONE);
    }

    /**
     * Handles one message from a worker.
     *
     * @param state   the conversation's state before the message; null means a new conversation
     * @param text    the message as received (any length, any characters)
     * @param context what the application knows about the worker (offer, notices, trip, chat)
     * @return the next state, the reply (never blank) and the actions for the application; a turn with
     *         {@link DialogTurn#stateKept()} leaves the stored state as it was
     */
    public DialogTurn handle(DialogState state, String text, DialogContext context) {
        DialogState current = state == null ? DialogState.initial() : state;
        Optional<DialogTurn> direct = answered(current, text, context);
        if (direct.isPresent()) {
            return direct.get();
        }
        String raw = text == null ? "" : text;
        String folded = Texts.simplify(Texts.foldWidth(raw));
        String language = Texts.language(raw)
                .filter(l -> l.equals(current.language()) || current.step() == Step.IDLE || !isOnlyAPlace(folded))
                .orElse(current.language());
        Incoming message = new Incoming(raw, folded, Texts.bare(folded), language, context.toldInChat());
        try {
            DialogTurn turn = route(current.withLanguage(language), message, context);
            return dangerChecked(current, message, turn);
        } catch (RuntimeException e) {
            // One odd message must never break a conversation: hand it to a person.
            LOG.log(Level.WARNING, "dialog router failed on a message; handing off", e);
            DialogState s = current.withLanguage(language);
            return new DialogTurn(s.withHandedOff(true).withMisses(0), replies.text(language, "handoff.not-understood"),
                    language, s.handedOff() ? List.of() : List.of(new HandOff(HandOff.NOT_UNDERSTOOD)));
        }
    }

    /**
     * Answers from the services' data: a 1/2 to an open seat offer, a question about the worker's own
     * legal-aid case, or about the worker's own trip. A 1/2 is only an offer answer while the dialog is not waiting for an answer of its own —
     * "2" to "几个人？" or to "回复1确认，2修改" belongs to the dialog and must not decline a seat — unless a
     * notice went out since the dialog's last turn (then the notice is what the worker answers).
     */
    private Optional<DialogTurn> answered(DialogState s, String text, DialogContext context) {
        Optional<Boolean> answer = DirectQuestions.offerAnswer(text);
        if (answer.isPresent()) {
            boolean dialogAsking = s.step() != Step.IDLE && !s.handedOff()
                    && !context.noticeSinceLastTurn().getAsBoolean();
            if (!dialogAsking && context.openSeatOffer().getAsBoolean()) {
                return Optional.of(DialogTurn.stateKept(s, replies.text(s.language(), "offer.answered"),
                        List.of(new DialogAction.AnswerOffer(answer.get()))));
            }
        }
        if (DirectQuestions.asksAboutOwnCase(text)) {
            String lang = Texts.language(Texts.simplify(Texts.foldWidth(text))).orElse(s.language());
            Optional<CaseProgress> own = context.ownCase().get();
            if (own.isPresent()) {
                return Optional.of(DialogTurn.stateKept(s, replies.caseStatus(own.get(), lang), List.of()));
            }
            if (s.step() == Step.IDLE && !s.handedOff()) {
                // no case yet: offer to start one; the worker's next words describe the matter
                ServiceDialog legal = byService.get(Service.LEGAL);
                DialogState next = s.withLanguage(lang).withMisses(0);
                next = legal == null || legal.describeStep() == null ? next : next.withStep(legal.describeStep());
                return Optional.of(new DialogTurn(next, replies.text(lang, "case.none"), lang, List.of()));
            }
            return Optional.of(DialogTurn.stateKept(s, replies.text(lang, "case.none.later"), List.of()));
        }
        if (DirectQuestions.asksAboutOwnTrip(text)) {
            Optional<String> trip = context.ownTrip().get().filter(t -> !t.isBlank());
            if (trip.isPresent()) {
                return Optional.of(DialogTurn.stateKept(s, trip.get(), List.of()));
            }
        }
        return Optional.empty();
    }

    /**
     * A message naming a danger (core {@code DangerWords}: injury, violence, hunger, no shelter,
     * threats, despair) goes to a person at once, whatever the bot was asking, and the reply is the
     * safety advice: China's emergency numbers 110 (police) and 120 (ambulance) and the hotline. This
     * holds in a conversation already handed off too (issue 10, item 2: the advice is given also while a
     * person works it; the hand-off is not requested twice). What the bot understood from the same
     * message is kept, and each service dialog notes the danger in its slots (a legal intake made urgent,
     * its site pre-filled for the operator's escalation form); an opt-out is left as it is.
     */
    private DialogTurn dangerChecked(DialogState before, Incoming message, DialogTurn turn) {
        if (turn.next().optedOut() != before.optedOut() || DangerWords.firstIn(message.folded()).isEmpty()) {
            return turn;
        }
        List<DialogAction> actions = new ArrayList<>(turn.actions());
        actions.removeIf(a -> a instanceof HandOff);
        if (!before.handedOff()) {
            actions.add(new HandOff(HandOff.DANGER));
        }
        DialogState next = turn.next();
        for (ServiceDialog d : table) {
            next = d.dangerNoted(next, message);
        }
        return new DialogTurn(next.withHandedOff(true).withMisses(0), replies.text(turn.language(), "handoff.danger",
                hotline), turn.language(), List.copyOf(actions), true);
    }

    /**
     * A bare place name answering a question ("wanzhou" typed in pinyin in a Chinese conversation,
     * "衡阳" in an English one) says nothing about the worker's language: it keeps the conversation's.
     */
    private boolean isOnlyAPlace(String folded) {
        String name = folded.strip().replaceAll("[\\p{Punct}，。！？、]+$", "");
        if (name.isEmpty() || name.length() > 30) {
            return false;
        }
        PlaceResolution r = readers.resolve(name);
        return r instanceof PlaceResolution.Found || r instanceof PlaceResolution.Ambiguous;
    }

    private DialogTurn route(DialogState s, Incoming m, DialogContext context) {
        String bare = m.bare();
        if (Intents.optOut(bare)) {
            return turn(s.withOptedOut(true).withMisses(0), m, "optout.done", new DialogAction.OptOut());
        }
        if (Intents.optIn(bare)) {
            return turn(s.withOptedOut(false).withMisses(0), m, "optin.done", new DialogAction.OptIn());
        }
        if (Intents.restart(bare)) {
            return restart(s, m);
        }
        if (Intents.handOff(m.folded())) {
            return s.handedOff() ? turn(s, m, "handoff.waiting")
                    : turn(s.withHandedOff(true).withMisses(0), m, "handoff.asked", new HandOff(HandOff.ASKED));
        }
        if (Intents.help(bare, m.folded())) {
            return turn(s.withMisses(0), m, "help");
        }
        if (Intents.menu(bare)) {
            return turn(s.withStep(Step.IDLE).withHandedOff(false).withMisses(0), m, "menu");
        }
        if (s.handedOff()) {
            return turn(s, m, "handoff.waiting");
        }
        if (bare.isEmpty()) {
            // Blank, emoji or punctuation only: nothing to understand.
            return m.folded().isBlank() && s.step() == Step.IDLE ? turn(s, m, "menu") : miss(s, m);
        }
        if (s.step() == Step.IDLE) {
            return idle(s, m, context);
        }
        if (s.step() == Step.CONFIRM_CHANGE) {
            return confirmChange(s, m, context);
        }
        ServiceDialog d = ownerOf(s.step());
        if (d == null) {
            return idle(s.withStep(Step.IDLE), m, context);
        }
        if (s.step() == d.describeStep()) {
            return start(s.withStep(Step.IDLE), m, List.of(d));
        }
        for (ServiceDialog other : table) {
            if (other != d && other.isWholeRequest(m)) {
                // a whole request for another service is no answer: it starts now, this one comes back after
                return start(s.withQueue(List.of(d.service())).withStep(Step.IDLE), m, List.of(other));
            }
        }
        return answered(s, m, d, d.answer(s, m));
    }

    /** The dialog that asked the question {@code step} waits for, or null. */
    private ServiceDialog ownerOf(Step step) {
        for (ServiceDialog d : table) {
            if (d.asks(step)) {
                return d;
            }
        }
        return null;
    }

    /** The router's part of a dialog's outcome: a problem or the next question, the next service, a miss. */
    private DialogTurn answered(DialogState s, Incoming m, ServiceDialog d, Outcome outcome) {
        if (outcome instanceof Outcome.NotUnderstood n) {
            if (n.otherService()) {
                boolean finish = d.whenAnotherAsked() == ServiceDialog.WhenAnotherAsked.FINISH;
                List<ServiceDialog> others = asked(m.folded(), finish).stream().filter(o -> o != d).toList();
                if (!others.isEmpty() && finish) {
                    // the intake records what it has; the other services come next
                    return out(m, settled(d, d.next(s.withQueue(services(others)).withAsked(IntakeDialog.ALL_ASKED),
                            m.language()), m.language()));
                }
                if (!others.isEmpty()) {
                    // start the other service and come back to this one after
                    return start(s.withQueue(List.of(d.service())).withStep(Step.IDLE), m, others);
                }
            }
            return n.again() != null ? out(m, n.again()) : miss(s, m);
        }
        return out(m, settled(d, outcome, m.language()));
    }

    /** A dialog's outcome as a reply: a problem or its next question asked, a finished service completed. */
    private Outcome.Reply settled(ServiceDialog d, Outcome outcome, String lang) {
        if (outcome instanceof Outcome.Reply r) {
            return r;
        }
        if (outcome instanceof Outcome.Done done) {
            return complete(d, done, lang);
        }
        if (outcome instanceof Outcome.Filled f) {
            return f.problem() != null ? replies.ask(f.problem(), f.next(), lang) : settled(d, d.next(f.next(), lang), lang);
        }
        throw new IllegalStateException("a dialog asked for its next step did not understand: " + d.service());
    }

    // ---- misunderstanding and restart -------------------------------------------------------------

    /** A message nobody could use: ask again, or hand off on the second in a row. */
    private DialogTurn miss(DialogState s, Incoming m) {
        if (s.misses() + 1 >= 2) {
            return turn(s.withHandedOff(true).withMisses(0), m, "handoff.not-understood",
                    new HandOff(HandOff.NOT_UNDERSTOOD));
        }
        DialogState next = s.withMisses(s.misses() + 1);
        if (s.step().isPick() && !s.placeOptions().isEmpty()) {
            return turn(next, m, "place.options.again", replies.optionList(m.language(), s.placeOptions()));
        }
        ServiceDialog owner = ownerOf(s.step());
        Outcome.Reply again = owner == null ? null : owner.again(s, next, m.language());
        if (again != null) {
            return out(m, again);
        }
        if (s.step() == Step.CONFIRM_CHANGE && s.service() != null) {
            return turn(next, m, Replies.questionKey(s.step()));
        }
        return out(m, question(next, m.language()));
    }

    private DialogTurn restart(DialogState s, Incoming m) {
        DialogState cleared = DialogState.initial().withLanguage(m.language()).withOptedOut(s.optedOut());
        for (ServiceDialog d : table) {
            Outcome.Reply r = d.restarted(s, cleared, m.language());
            if (r != null) {
                return out(m, r);
            }
        }
        return turn(cleared, m, "restarted.menu");
    }

    // ---- idle: a change, a menu choice or fresh requests --------------------------------------------

    private DialogTurn idle(DialogState s, Incoming m, DialogContext context) {
        Optional<DialogTurn> change = changeAsked(s, m, context.desk());
        if (change.isPresent()) {
            return change.get();
        }
        if (m.bare().matches("[1-9]") && m.folded().strip().matches("[1-9][.。、]?")) {
            int choice = Integer.parseInt(m.bare());
            if (choice <= table.size()) {
                ServiceDialog d = table.get(choice - 1);
                return out(m, settled(d, d.chosen(s.withMisses(0), m.language()), m.language()));
            }
        }
        List<ServiceDialog> services = asked(m.folded(), true);
        if (services.isEmpty()) {
            return miss(s, m);
        }
        return start(s, m, services);
    }

    /**
     * The services a message asks for, in the order it names them (ties in table order).
     *
     * @param folded   the message, width-folded and Simplified
     * @param withHints whether weak hints count when nothing is asked clearly ("我是电工" → jobs)
     * @return the dialogs, first named first
     */
    private List<ServiceDialog> asked(String folded, boolean withHints) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            int at = table.get(i).askedAt(folded);
            if (at >= 0) found.add(new int[] {at, i});
        }
        if (found.isEmpty() && withHints) {
            for (int i = 0; i < table.size(); i++) {
                if (table.get(i).hintedAt(folded)) found.add(new int[] {0, i});
            }
        }
        found.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
        return found.stream().map(a -> table.get(a[1])).toList();
    }

    private static List<Service> services(List<ServiceDialog> dialogs) {
        return dialogs.stream().map(ServiceDialog::service).toList();
    }

    /** Starts the first service, queues the others, fills every slot the message gives. */
    private DialogTurn start(DialogState s, Incoming m, List<ServiceDialog> services) {
        ServiceDialog first = services.get(0);
        DialogState next = s.withMisses(0);
        Problem problem = null;
        for (ServiceDialog d : services) {
            Outcome.Filled f = d.start(next, m);
            next = f.next();
            if (d == first) problem = f.problem();
        }
        List<Service> queue = new ArrayList<>(next.queue());
        for (ServiceDialog later : services.subList(1, services.size())) {
            if (!queue.contains(later.service()) && queue.size() < 2) queue.add(later.service());
        }
        next = next.withService(first.service()).withQueue(queue).withAsked(0L);
        return out(m, problem != null ? replies.ask(problem, next, m.language()) : question(next, m.language()));
    }

    // ---- what to ask next ---------------------------------------------------------------------

    /** The next question of the current service, or its completion (and then the next queued service's). */
    private Outcome.Reply question(DialogState s, String lang) {
        ServiceDialog d = s.service() == null ? null : byService.get(s.service());
        if (d == null) {
            return replies.reply(s.withStep(Step.IDLE), lang, "menu");
        }
        return settled(d, d.next(s, lang), lang);
    }

    /** Finishes a service with its action and goes on with the queue. */
    private Outcome.Reply complete(ServiceDialog d, Outcome.Done done, String lang) {
        List<DialogAction> actions = new ArrayList<>();
        if (done.action() != null) actions.add(done.action());
        DialogState cleared = d.cleared(done.next()).withAsked(0L).withMisses(0);
        if (cleared.queue().isEmpty()) {
            return new Outcome.Reply(cleared.withService(null).withStep(Step.IDLE), replies.text(lang, done.doneKey()),
                    actions);
        }
        DialogState started = cleared.withQueue(cleared.queue().subList(1, cleared.queue().size()))
                .withService(cleared.queue().get(0));
        Outcome.Reply next = question(started, lang);
        actions.addAll(next.actions());
        String combined = replies.text(lang, done.doneKey() + ".next", next.text());
        // A long next question (a full trip confirmation) goes alone rather than past three SMS segments.
        return new Outcome.Reply(next.next(), SmsSegments.count(combined) <= 3 ? combined : next.text(), actions);
    }

    // ---- change or cancel a confirmed trip request (issue 10, point 4) ------------------------------

    /**
     * A change or cancellation of the worker's trip request, when the message asks for one: the question
     * (1 confirm, 2 keep), the refusal with its reason, or "you have none"; empty when the message is not
     * a change, or is a change without a request to change (then it is read as a new request).
     */
    private Optional<DialogTurn> changeAsked(DialogState s, Incoming m, TripChangeDesk desk) {
        Optional<TripChangeReader.Said> read = readers.changes().read(m.folded());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        TripChangeReader.Said said = read.get();
        String lang = m.language();
        DialogState next = s.withMisses(0);
        if (said.kind() == null) {
            TripChangeDesk.Answer probe = desk.check(new TripChange(TripChange.Kind.CANCEL, null, null, null, null), lang);
            return Optional.of(probe.outcome() == TripChangeDesk.Outcome.NO_REQUEST ? turn(next, m, "change.none")
                    : probe.outcome() == TripChangeDesk.Outcome.REFUSED ? turn(next, m, "change.refused", probe.text())
                    : turn(next, m, "change.what"));
        }
        TripChange change;
        switch (said.kind()) {
            case PARTY_SIZE -> {
                if (said.partySize() < 1 || said.partySize() > 60) {
                    return Optional.of(turn(next, m, "change.party-range"));
                }
                change = new TripChange(TripChange.Kind.PARTY_SIZE, said.partySize(), null, null, null);
            }
            case TRAVEL_DATE -> {
                if (said.date() != null && said.date().resolution() instanceof DateResolution.NonExistent missing) {
                    String text = Texts.excerpt(said.date().text(), Replies.ECHO_LENGTH);
                    return Optional.of(missing.lastDayOfMonth() == null ? turn(next, m, "change.no-such-day.unknown", text)
                            : turn(next, m, "change.no-such-day", text, Messages.date(lang, missing.lastDayOfMonth())));
                }
                change = new TripChange(TripChange.Kind.TRAVEL_DATE, null, said.date() == null ? null : said.date().day(),
                        said.shiftDays(), null);
            }
            case DESTINATION -> {
                Optional<Place> to = DialogReaders.found(said.destination());
                if (to.isEmpty() || DialogReaders.isTooWide(to.get())) {
                    return Optional.of(turn(next, m, "change.place-unclear",
                            Texts.excerpt(said.destinationText() == null ? "" : said.destinationText(),
                                    Replies.ECHO_LENGTH)));
                }
                change = new TripChange(TripChange.Kind.DESTINATION, null, null, null, to.get().code());
            }
            default -> change = new TripChange(TripChange.Kind.CANCEL, null, null, null, null);
        }
        TripChangeDesk.Answer answer = desk.check(change, lang);
        return switch (answer.outcome()) {
            case NO_REQUEST -> change.kind() == TripChange.Kind.CANCEL ? Optional.of(turn(next, m, "change.none"))
                    : Optional.empty();
            case REFUSED -> Optional.of(turn(next, m, "change.refused", answer.text()));
            case CONFIRM -> Optional.of(turn(next.withPendingChange(new DialogState.PendingChange(answer.requestId(),
                    answer.change())), m, "change.confirm", answer.text()));
        };
    }

    /** The answer to "回复1确认，2不改": 1 makes the change, 2 keeps the request; anything else is read afresh. */
    private DialogTurn confirmChange(DialogState s, Incoming m, DialogContext context) {
        DialogState.PendingChange pending = s.pending();
        DialogState idle = s.withStep(Step.IDLE).withMisses(0);
        if (Intents.yes(m.bare())) {
            return new DialogTurn(idle, replies.text(m.language(), "change.done"), m.language(),
                    List.of(new DialogAction.ChangeTripRequest(pending.requestId(), pending.change())));
        }
        if (Intents.no(m.bare())) {
            return turn(idle, m, "change.kept");
        }
        return idle(idle, m, context);
    }

    // ---- replies ------------------------------------------------------------------------------

    private static DialogTurn out(Incoming m, Outcome.Reply out) {
        return new DialogTurn(out.next(), out.text(), m.language(), out.actions());
    }

    private DialogTurn turn(DialogState next, Incoming m, String key, Object... args) {
        return new DialogTurn(next, replies.text(m.language(), key, args), m.language(), List.of());
    }

    private DialogTurn turn(DialogState next, Incoming m, String key, DialogAction action) {
        return new DialogTurn(next, replies.text(m.language(), key), m.language(), List.of(action));
    }
}
