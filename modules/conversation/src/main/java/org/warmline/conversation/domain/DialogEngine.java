package org.warmline.conversation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.warmline.conversation.domain.DialogAction.HandOff;
import org.warmline.conversation.domain.DialogState.JobSlots;
import org.warmline.conversation.domain.DialogState.LegalSlots;
import org.warmline.conversation.domain.DialogState.Service;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.conversation.domain.DialogState.TripSlots;
import org.warmline.core.domain.calendar.DateResolution;
import org.warmline.core.domain.place.EnglishNames;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.text.DangerWords;
import org.warmline.core.domain.place.PlaceLevel;
import org.warmline.core.domain.place.PlaceMention;
import org.warmline.core.domain.place.PlaceResolution;
import org.warmline.core.domain.railway.StationList;

/**
 * The dialog engine: one worker message and the conversation's state in, the reply, the next state
 * and the actions for the application out. Pure and thread-safe; holds no conversation.
 *
 * <p>Behaviour, in the order a message is looked at:
 * <ol>
 *   <li>Meta words, the whole message: 退订/TD/STOP… → {@link DialogAction.OptOut}; 订阅/START/UNSTOP →
 *       {@link DialogAction.OptIn}; 重来/restart → slots cleared ({@link DialogAction.DiscardTripRequestDraft}
 *       if a trip was being filled); 人工/转人工/客服/human/agent/operator → {@link HandOff}; 帮助/HELP →
 *       what Warmline does (no action, the question in progress stays); 菜单/menu → the menu.</li>
 *   <li>A handed-off conversation gets a short "a person will answer" reply and no action, until the
 *       worker writes 菜单 or 重来 (or the application resets the state).</li>
 *   <li>Otherwise the message answers the question in progress, or starts one service — or two or
 *       three, one after the other, when one message asks for several (欠薪 + 回家): the later ones are
 *       queued in the state with the slots this message already gave.</li>
 * </ol>
 * Services: a return-home trip (destination, date or window, party size, origin, then a
 * confirmation; corrections re-draft), a legal-aid intake (topic, employer, site, amount, months,
 * co-workers, evidence — each asked only when missing, "不知道" accepted, at most six questions) and
 * a jobs intake (want, trade, location, available from). Two messages in a row that the engine does
 * not understand hand the conversation to a person. Replies come from the
 * {@code org.warmline.conversation.messages} bundles in the language of the worker's latest message
 * that has letters.
 */
public final class DialogEngine {

    private static final Logger LOG = Logger.getLogger(DialogEngine.class.getName());

    /** Province-level codes that are cities in their own right (北京, 天津, 上海, 重庆). */
    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");
    private static final int ECHO_LENGTH = 12;
    /** An {@code asked} mask with every question marked asked: the intake ends with what it has. */
    private static final long ALL_ASKED = -1L >>> 1;
    private static final Pattern NOW = Pattern.compile("随时|马上|现在|立刻|立即|今天就|明天就|(?i:anytime|any time|right now|immediately|asap)");
    private static final Pattern ANYWHERE = Pattern.compile("哪里都行|哪都行|都行|随便|无所谓|都可以|(?i:anywhere)");
    private static final Map<Gazetteer, StationList> STATIONS = new IdentityHashMap<>();

    private final Gazetteer gazetteer;
    private final DateReader dates;
    private final TripReader reader;
    private final TripChangeReader changes;
    private final String hotline;

    /**
     * The hotline given with the safety advice unless configured otherwise: 12351, the All-China
     * Federation of Trade Unions' workers' service hotline (职工服务热线), answered by the local trade
     * union federation of the caller's area.
     */
    public static final String DEFAULT_HOTLINE = "12351";

    /**
     * @param gazetteer the place list, e.g. {@link Gazetteer#load()}
     * @param clock     the clock that says what "today" is (dates are read in Asia/Shanghai)
     */
    public DialogEngine(Gazetteer gazetteer, Clock clock) {
        this(gazetteer, clock, DEFAULT_HOTLINE);
    }

    /**
     * @param gazetteer the place list, e.g. {@link Gazetteer#load()}
     * @param clock     the clock that says what "today" is (dates are read in Asia/Shanghai)
     * @param hotline   the hotline number given with the safety advice (configuration
     *                  {@code warmline.hotline-number}, default {@link #DEFAULT_HOTLINE})
     * @throws IllegalArgumentException if the hotline number is blank
     */
    public DialogEngine(Gazetteer gazetteer, Clock clock, String hotline) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.dates = new DateReader(Objects.requireNonNull(clock, "clock"));
        this.reader = new TripReader(gazetteer, stations(gazetteer), dates);
        this.changes = new TripChangeReader(reader);
        if (hotline == null || hotline.isBlank()) {
            throw new IllegalArgumentException("the hotline number must not be blank");
        }
        this.hotline = hotline.strip();
    }

    private static StationList stations(Gazetteer gazetteer) {
        synchronized (STATIONS) {
            return STATIONS.computeIfAbsent(gazetteer, g -> {
                try {
                    return StationList.load(g);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "railway station list unavailable; stations are read as places only", e);
                    return null;
                }
            });
        }
    }

    /**
     * The language a message is written in, by the rule the engine picks its reply language with
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
     * A message naming a danger (core {@code DangerWords}: injury, violence, hunger, no shelter,
     * threats, despair) goes to a person at once, whatever the bot was asking, and the reply is the
     * safety advice: China's emergency numbers 110 (police) and 120 (ambulance) and the hotline. This
     * holds in a conversation already handed off too (issue 10, item 2: the advice is given also while a
     * person works it; the hand-off is not requested twice). What the bot understood from the same
     * message is kept (e.g. a work-injury topic), and the message makes the legal-aid slots urgent and
     * takes the first place it names as the site if none is known ("我在东莞厚街，腿受伤了" → 东莞), so the
     * operator's escalation form is pre-filled; an opt-out is left as it is.
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
        DialogState next = dangerNoted(turn.next(), message).withHandedOff(true).withMisses(0);
        return new DialogTurn(next, Messages.format(turn.language(), "handoff.danger", hotline), turn.language(),
                List.copyOf(actions), true);
    }

    /**
     * @param language zh or en
     * @return the short answer to a further danger message soon after the safety advice was given
     *         ("收到，工作人员已在处理…"), without repeating the numbers
     */
    public String safetyAdviceNoted(String language) {
        return Messages.format(DialogState.EN.equals(language) ? DialogState.EN : DialogState.ZH, "handoff.danger.noted");
    }

    /** The legal-aid slots after a danger message: urgent, and the place it names as the site if none yet. */
    private DialogState dangerNoted(DialogState s, Incoming m) {
        LegalSlots l = s.legal();
        String site = l.siteCode();
        if (site == null) {
            site = reader.findPlaces(m.folded()).stream()
                    .filter(p -> p.resolution() instanceof PlaceResolution.Found)
                    .map(p -> ((PlaceResolution.Found) p.resolution()).place().code())
                    .findFirst().orElse(null);
        }
        LegalTopic topic = l.topic() != null ? l.topic() : IntakeReader.topic(m.folded());
        return s.withLegal(new LegalSlots(l.text(), topic, l.employer(), site, l.amountFen(), l.monthsUnpaid(),
                l.coWorkersOwed(), l.evidence(), true));
    }

    /**
     * Handles one message from a worker.
     *
     * @param state the conversation's state before the message; null means a new conversation
     * @param text  the message as received (any length, any characters); null or blank is answered
     *              with the question in progress or the menu
     * @return the next state, the reply (never blank) and the actions for the application
     */
    public DialogTurn handle(DialogState state, String text) {
        return handle(state, text, false, TripChangeDesk.NONE);
    }

    /**
     * Handles one message from a worker whose notices go to their chat or by SMS.
     *
     * @param state      the conversation's state before the message; null means a new conversation
     * @param text       the message as received
     * @param toldInChat true when Warmline tells this worker news in their chat (a chat-only worker):
     *                   a confirmed trip request then says "我们会在这个对话里通知您" instead of promising an SMS
     * @return the next state, the reply (never blank) and the actions for the application
     */
    public DialogTurn handle(DialogState state, String text, boolean toldInChat) {
        return handle(state, text, toldInChat, TripChangeDesk.NONE);
    }

    /**
     * Handles one message from a worker who hears news by SMS and may have a trip request to change.
     *
     * @param state the conversation's state before the message; null means a new conversation
     * @param text  the message as received
     * @param desk  what returnhome says about the worker's request (read only)
     * @return the next state, the reply (never blank) and the actions for the application
     * @see #handle(DialogState, String, boolean, TripChangeDesk)
     */
    public DialogTurn handle(DialogState state, String text, TripChangeDesk desk) {
        return handle(state, text, false, desk);
    }

    /**
     * Handles one message from a worker who may have a trip request to change or cancel (issue 10,
     * point 4): in an idle conversation "改成5个人", "改到腊月二十八", "不回了，取消" … are checked with
     * {@code desk}; a change it allows is asked as "…回复1确认，2不改" ({@link Step#CONFIRM_CHANGE}) and made
     * after the worker's 1 ({@link DialogAction.ChangeTripRequest}); a refusal is told with its reason.
     *
     * @param state      the conversation's state before the message; null means a new conversation
     * @param text       the message as received
     * @param toldInChat true when Warmline tells this worker news in their chat (a chat-only worker)
     * @param desk       what returnhome says about the worker's request (read only)
     * @return the next state, the reply (never blank) and the actions for the application
     */
    public DialogTurn handle(DialogState state, String text, boolean toldInChat, TripChangeDesk desk) {
        DialogState current = state == null ? DialogState.initial() : state;
        String raw = text == null ? "" : text;
        String folded = Texts.simplify(Texts.foldWidth(raw));
        String language = Texts.language(raw)
                .filter(l -> l.equals(current.language()) || current.step() == Step.IDLE || !isOnlyAPlace(folded))
                .orElse(current.language());
        Incoming message = new Incoming(raw, folded, Texts.bare(folded), language, toldInChat,
                desk == null ? TripChangeDesk.NONE : desk);
        try {
            DialogTurn turn = route(current.withLanguage(language), message);
            return dangerChecked(current, message, turn);
        } catch (RuntimeException e) {
            // One odd message must never break a conversation: hand it to a person.
            LOG.log(Level.WARNING, "dialog engine failed on a message; handing off", e);
            DialogState s = current.withLanguage(language);
            return new DialogTurn(s.withHandedOff(true).withMisses(0), Messages.format(language, "handoff.not-understood"),
                    language, s.handedOff() ? List.of() : List.of(new HandOff(HandOff.NOT_UNDERSTOOD)));
        }
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
        PlaceResolution r = resolve(name);
        return r instanceof PlaceResolution.Found || r instanceof PlaceResolution.Ambiguous;
    }

    /**
     * One incoming message: as received, width-folded and Simplified, letters and digits only, reply
     * language, whether the worker hears news in the chat (not by SMS), and what returnhome says about a
     * change of the worker's trip request.
     */
    private record Incoming(String raw, String folded, String bare, String language, boolean toldInChat,
                            TripChangeDesk desk) {
    }

    /** A reply being built: the state, the text and the actions so far. */
    private record Out(DialogState next, String reply, List<DialogAction> actions) {
    }

    private DialogTurn route(DialogState s, Incoming m) {
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
        return switch (s.step()) {
            case IDLE -> idle(s, m);
            case DESCRIBE_LEGAL -> start(s.withStep(Step.IDLE), m, List.of(Service.LEGAL));
            case DESCRIBE_JOB -> start(s.withStep(Step.IDLE), m, List.of(Service.JOB));
            case CONFIRM -> confirm(s, m);
            case ASK_DESTINATION, ASK_DATE, ASK_PARTY, ASK_ORIGIN, PICK_DESTINATION, PICK_ORIGIN -> trip(s, m);
            case ASK_TOPIC, ASK_EMPLOYER, ASK_SITE, PICK_SITE, ASK_AMOUNT, ASK_MONTHS, ASK_COWORKERS, ASK_EVIDENCE ->
                    legal(s, m);
            case ASK_WANT, ASK_TRADE, ASK_LOCATION, PICK_LOCATION, ASK_AVAILABLE -> job(s, m);
            case CONFIRM_CHANGE -> confirmChange(s, m);
        };
    }

    // ---- misunderstanding and hand-off -----------------------------------------------------------

    /** A message the engine could not use: ask again, or hand off on the second in a row. */
    private DialogTurn miss(DialogState s, Incoming m) {
        if (s.misses() + 1 >= 2) {
            return turn(s.withHandedOff(true).withMisses(0), m, "handoff.not-understood",
                    new HandOff(HandOff.NOT_UNDERSTOOD));
        }
        DialogState next = s.withMisses(s.misses() + 1);
        if (s.step() == Step.CONFIRM && next.tripComplete()) {
            return new DialogTurn(next, confirmation(next, m.language()), m.language(), List.of());
        }
        if (s.step() == Step.DESCRIBE_LEGAL || s.step() == Step.DESCRIBE_JOB) {
            return turn(next, m, s.step() == Step.DESCRIBE_LEGAL ? "legal.ask" : "job.ask");
        }
        if (s.step().isPick() && !s.placeOptions().isEmpty()) {
            return turn(next, m, "place.options.again", optionList(m.language(), s.placeOptions()));
        }
        if (s.step() != Step.IDLE && !s.step().isTrip() && s.service() != null) {
            // An intake question not understood: ask it once more.
            return turn(next, m, key(s.step()));
        }
        return out(m, question(next, m.language()));
    }

    private DialogTurn restart(DialogState s, Incoming m) {
        boolean trip = s.service() == Service.TRIP || s.hasTripSlots() || s.step().isTrip();
        DialogState cleared = DialogState.initial().withLanguage(m.language()).withOptedOut(s.optedOut());
        List<DialogAction> actions = trip ? List.of(new DialogAction.DiscardTripRequestDraft()) : List.of();
        if (trip) {
            return new DialogTurn(cleared.withService(Service.TRIP).withStep(Step.ASK_DESTINATION),
                    Messages.format(m.language(), "restarted"), m.language(), actions);
        }
        return new DialogTurn(cleared, Messages.format(m.language(), "restarted.menu"), m.language(), actions);
    }

    // ---- idle: menu choice or fresh requests ------------------------------------------------------

    private DialogTurn idle(DialogState s, Incoming m) {
        Optional<DialogTurn> change = changeAsked(s, m);
        if (change.isPresent()) {
            return change.get();
        }
        if (m.bare().matches("[123]") && m.folded().strip().matches("[123][.。、]?")) {
            return switch (m.bare()) {
                case "1" -> {
                    DialogState t = s.withService(Service.TRIP).withMisses(0);
                    yield out(m, question(t.withStep(s.hasTripSlots() ? nextTripStep(s.trip()) : Step.ASK_DESTINATION),
                            m.language()));
                }
                case "2" -> turn(s.withStep(Step.DESCRIBE_LEGAL).withMisses(0), m, "legal.ask");
                default -> turn(s.withStep(Step.DESCRIBE_JOB).withMisses(0), m, "job.ask");
            };
        }
        List<Service> services = services(m.folded());
        if (services.isEmpty()) {
            return miss(s, m);
        }
        return start(s, m, services);
    }

    /** The services a message asks for, in the order it names them. */
    List<Service> services(String folded) {
        TripFacts facts = reader.read(folded, Step.IDLE, false, false);
        int home = Intents.homeAt(folded);
        if (home < 0 && facts.homeByPlace()) {
            home = Math.max(0, folded.indexOf('回'));
        }
        boolean bothPlaces = facts.destination() != null && facts.origin() != null;
        boolean datedPlace = facts.date() != null && (facts.destination() != null || facts.origin() != null);
        int trip = home >= 0 ? home : (bothPlaces || datedPlace) ? 0 : -1;
        if (trip >= 0 && IntakeReader.want(folded) == JobWant.STARTUP && facts.date() == null
                && facts.partySize().isEmpty() && facts.origin() == null) {
            trip = -1; // 回老家创业: a start-up at home, not a trip
        }
        int legal = IntakeReader.legal(folded) ? Math.max(0, IntakeReader.legalAt(folded)) : -1;
        int job = IntakeReader.jobAt(folded);
        if (job < 0 && trip < 0 && legal < 0 && IntakeReader.jobWeak(folded)) {
            job = 0;
        }
        List<int[]> found = new ArrayList<>();
        if (trip >= 0) found.add(new int[] {trip, Service.TRIP.ordinal()});
        if (legal >= 0) found.add(new int[] {legal, Service.LEGAL.ordinal()});
        if (job >= 0) found.add(new int[] {job, Service.JOB.ordinal()});
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return found.stream().map(a -> Service.values()[a[1]]).toList();
    }

    /** Starts the first service, queues the others, fills every slot the message gives. */
    private DialogTurn start(DialogState s, Incoming m, List<Service> services) {
        DialogState next = s.withMisses(0);
        Problem problem = null;
        for (Service service : services) {
            switch (service) {
                case TRIP -> {
                    TripFacts facts = reader.read(m.folded(), Step.IDLE, s.destinationCode() != null, s.originCode() != null);
                    Filled f = fillTrip(next.trip(), facts);
                    next = next.withTrip(f.slots());
                    if (service == services.get(0)) problem = f.problem();
                }
                case LEGAL -> {
                    LegalSlots base = new LegalSlots(m.raw(), null, null, null, null, null, null, Set.of(), false);
                    Filled f = fillLegal(base, m, Step.IDLE);
                    next = next.withLegal(f.legal());
                    if (service == services.get(0)) problem = f.problem();
                }
                case JOB -> {
                    JobSlots base = new JobSlots(m.raw(), null, null, null, null);
                    Filled f = fillJob(base, m, Step.IDLE);
                    next = next.withJob(f.job());
                    if (service == services.get(0)) problem = f.problem();
                }
            }
        }
        List<Service> queue = new ArrayList<>(next.queue());
        for (Service later : services.subList(1, services.size())) {
            if (!queue.contains(later) && queue.size() < 2) queue.add(later);
        }
        next = next.withService(services.get(0)).withQueue(queue).withAsked(0L);
        return out(m, problem != null ? ask(problem, next, m.language()) : question(next, m.language()));
    }

    // ---- what to ask next ---------------------------------------------------------------------

    /**
     * The next question of the current service, or its completion (and then the next queued
     * service's question).
     */
    private Out question(DialogState s, String lang) {
        if (s.service() == null) {
            return new Out(s.withStep(Step.IDLE), Messages.format(lang, "menu"), List.of());
        }
        return switch (s.service()) {
            case TRIP -> tripQuestion(s, lang);
            case LEGAL -> legalQuestion(s, lang);
            case JOB -> jobQuestion(s, lang);
        };
    }

    /** Finishes the current service with an action and goes on with the queue. */
    private Out complete(DialogState s, String lang, String doneKey, DialogAction action) {
        List<DialogAction> actions = new ArrayList<>();
        if (action != null) actions.add(action);
        DialogState cleared = switch (s.service()) {
            case TRIP -> s.withTrip(TripSlots.EMPTY);
            case LEGAL -> s.withLegal(LegalSlots.EMPTY);
            case JOB -> s.withJob(JobSlots.EMPTY);
        };
        cleared = cleared.withAsked(0L).withMisses(0);
        if (cleared.queue().isEmpty()) {
            return new Out(cleared.withService(null).withStep(Step.IDLE), Messages.format(lang, doneKey), actions);
        }
        Service nextService = cleared.queue().get(0);
        DialogState started = cleared.withQueue(cleared.queue().subList(1, cleared.queue().size()))
                .withService(nextService);
        Out next = question(started, lang);
        actions.addAll(next.actions());
        String combined = Messages.format(lang, doneKey + ".next", next.reply());
        // A long next question (a full trip confirmation) goes alone rather than past three SMS segments.
        return new Out(next.next(), SmsSegments.count(combined) <= 3 ? combined : next.reply(), actions);
    }

    // ---- return home --------------------------------------------------------------------------

    private Out tripQuestion(DialogState s, String lang) {
        TripSlots t = s.trip();
        if (!t.complete()) {
            Step step = nextTripStep(t);
            return new Out(s.withStep(step), Messages.format(lang, switch (step) {
                case ASK_DESTINATION -> "ask.destination";
                case ASK_DATE -> "ask.date";
                case ASK_PARTY -> "ask.party";
                default -> "ask.origin";
            }), List.of());
        }
        DialogState confirming = s.withStep(Step.CONFIRM);
        return new Out(confirming, confirmation(confirming, lang), List.of(draft(t)));
    }

    private static DialogAction.DraftTripRequest draft(TripSlots t) {
        return new DialogAction.DraftTripRequest(t.destinationCode(), t.originCode(), t.travelDate(),
                t.earliestDate(), t.latestDate(), t.partySize(), t.notes());
    }

    private static Step nextTripStep(TripSlots t) {
        if (t.destinationCode() == null) return Step.ASK_DESTINATION;
        if (t.travelDate() == null) return Step.ASK_DATE;
        if (t.partySize() == null) return Step.ASK_PARTY;
        return Step.ASK_ORIGIN;
    }

    private DialogTurn confirm(DialogState s, Incoming m) {
        if (Intents.yes(m.bare())) {
            return out(m, complete(s.withMisses(0), m.language(),
                    m.toldInChat() ? "confirmed.chat" : "confirmed", new DialogAction.ConfirmTripRequest()));
        }
        if (Intents.no(m.bare())) {
            // the question says "2修改" / "2 to change": keep the draft and ask what to change; a
            // correction ("改成3个人") then updates it, 重来/restart starts over
            return new DialogTurn(s.withMisses(0), Messages.format(m.language(), "confirm.change"), m.language(),
                    List.of());
        }
        return trip(s, m);
    }

    private DialogTurn trip(DialogState s, Incoming m) {
        Step step = s.step();
        TripFacts facts;
        if (step.isPick()) {
            Optional<Place> picked = pickedOption(s, m);
            if (picked.isPresent()) {
                PlaceResolution chosen = new PlaceResolution.Found(picked.get());
                facts = step == Step.PICK_DESTINATION
                        ? new TripFacts(chosen, picked.get().name(), null, null, null, Optional.empty(), false, null)
                        : new TripFacts(null, null, chosen, picked.get().name(), null, Optional.empty(), false, null);
                return applyTrip(s, facts, m);
            }
        }
        facts = reader.read(m.folded(), step, s.destinationCode() != null, s.originCode() != null);
        if (facts.any()) {
            return applyTrip(s, facts, m);
        }
        // Nothing about the trip: another service? Start it and come back to the trip after.
        List<Service> others = services(m.folded()).stream().filter(x -> x != Service.TRIP).toList();
        if (!others.isEmpty() && (IntakeReader.legal(m.folded()) || IntakeReader.jobAt(m.folded()) >= 0)) {
            DialogState queued = s.withQueue(List.of(Service.TRIP)).withStep(Step.IDLE);
            return start(queued, m, others);
        }
        if (step == Step.CONFIRM) {
            DialogState next = s.withMisses(Math.min(1, s.misses() + 1));
            if (s.misses() >= 1) return miss(s, m);
            return new DialogTurn(next, confirmation(next, m.language()), m.language(), List.of());
        }
        if (s.misses() == 0 && (step == Step.ASK_DESTINATION || step == Step.ASK_ORIGIN)) {
            return turn(s.withMisses(1), m, step == Step.ASK_DESTINATION ? "ask.destination.again" : "ask.origin.again",
                    Texts.excerpt(m.raw(), ECHO_LENGTH));
        }
        return miss(s, m);
    }

    /** A problem found in a message, asked before the next missing slot. */
    private record Problem(Step step, String key, Object[] args, List<String> options) {
    }

    /** Asks about a problem: the numbered options of an ambiguous place, dates in the worker's language. */
    private Out ask(Problem p, DialogState s, String lang) {
        DialogState next = p.options().isEmpty() ? s.withStep(p.step()) : s.withOptions(p.step(), p.options());
        Object[] args = p.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalDate d) args[i] = Messages.date(lang, d);
            if (args[i] instanceof Place place) args[i] = DialogState.EN.equals(lang) ? englishLabel(place) : label(place);
        }
        if (!p.options().isEmpty()) {
            args[1] = optionList(lang, p.options());
        }
        return new Out(next, Messages.format(lang, p.key(), args), List.of());
    }

    /** Slots after a message, and the first problem to ask about (or null). */
    private record Filled(TripSlots slots, LegalSlots legal, JobSlots job, Problem problem) {
    }

    private DialogTurn applyTrip(DialogState s, TripFacts facts, Incoming m) {
        Filled f = fillTrip(s.trip(), facts);
        boolean changed = !f.slots().equals(s.trip());
        DialogState next = s.withTrip(f.slots()).withService(Service.TRIP).withMisses(0);
        String lang = m.language();
        if (f.problem() != null) {
            return out(m, ask(f.problem(), next, lang));
        }
        if (s.step() == Step.CONFIRM && !changed && next.tripComplete()) {
            return new DialogTurn(next.withStep(Step.CONFIRM), confirmation(next, lang), lang, List.of());
        }
        return out(m, tripQuestion(next, lang));
    }

    private Filled fillTrip(TripSlots t, TripFacts facts) {
        String destination = t.destinationCode();
        String origin = t.originCode();
        LocalDate date = t.travelDate();
        LocalDate earliest = t.earliestDate();
        LocalDate latest = t.latestDate();
        Integer party = t.partySize();
        String notes = t.notes();
        Problem problem = null;

        Optional<Place> dest = found(facts.destination());
        if (dest.isPresent()) {
            if (isTooWide(dest.get())) {
                problem = new Problem(Step.ASK_DESTINATION, "place.too-wide", new Object[] {dest.get()}, List.of());
            } else {
                destination = dest.get().code();
            }
        }
        Optional<Place> from = found(facts.origin());
        if (from.isPresent()) {
            if (isTooWide(from.get())) {
                if (problem == null) {
                    problem = new Problem(Step.ASK_ORIGIN, "place.too-wide", new Object[] {from.get()}, List.of());
                }
            } else {
                origin = from.get().code();
            }
        }
        DateReader.Found when = facts.date();
        if (when != null && when.day() != null) {
            date = when.day();
            earliest = when.earliest();
            latest = when.latest();
        }
        Integer saidParty = facts.partySize().orElse(null);
        boolean partyOutOfRange = saidParty != null && (saidParty < 1 || saidParty > 60);
        if (saidParty != null && !partyOutOfRange) {
            party = saidParty;
        }
        if (facts.notes() != null) {
            notes = notes == null || notes.contains(facts.notes()) ? facts.notes() : notes + "、" + facts.notes();
        }
        TripSlots filled = new TripSlots(destination, origin, date, earliest, latest, party, notes);

        if (facts.destination() instanceof PlaceResolution.Ambiguous a && dest.isEmpty()) {
            problem = options(Step.PICK_DESTINATION, facts.destinationText(), a);
        } else if (facts.origin() instanceof PlaceResolution.Ambiguous a && from.isEmpty()) {
            problem = options(Step.PICK_ORIGIN, facts.originText(), a);
        } else if (problem == null && when != null && when.resolution() instanceof DateResolution.NonExistent missing) {
            problem = noSuchDay(when, missing);
        } else if (problem == null && partyOutOfRange) {
            problem = new Problem(Step.ASK_PARTY, "party.out-of-range", new Object[0], List.of());
        }
        return new Filled(filled, null, null, problem);
    }

    private Problem options(Step step, String said, PlaceResolution.Ambiguous a) {
        List<String> codes = a.options().stream().limit(DialogState.MAX_PLACE_OPTIONS).map(Place::code).toList();
        return new Problem(step, "place.options", new Object[] {Texts.excerpt(said == null ? "" : said, ECHO_LENGTH),
                null}, codes);
    }

    private Problem noSuchDay(DateReader.Found when, DateResolution.NonExistent missing) {
        String said = Texts.excerpt(when.text(), ECHO_LENGTH);
        LocalDate last = missing.lastDayOfMonth();
        if (last == null) {
            return new Problem(Step.ASK_DATE, "date.no-such-day.unknown", new Object[] {said}, List.of());
        }
        if (said.contains("腊月") || said.contains("除夕") || said.contains("年三十")) {
            return new Problem(Step.ASK_DATE, "date.no-such-day.chuxi", new Object[] {last}, List.of());
        }
        return new Problem(Step.ASK_DATE, "date.no-such-day", new Object[] {said, last}, List.of());
    }

    private String confirmation(DialogState s, String lang) {
        TripSlots t = s.trip();
        String said = t.notes();
        if (said != null && DialogState.EN.equals(lang)) {
            said = said.replace("带小孩", "kids").replace("有老人", "elderly").replace("有孕妇", "pregnant")
                    .replace("行动不便", "mobility").replace("行李多", "luggage").replace("、", ", ");
        }
        String notes = said == null ? "" : Messages.format(lang, "confirm.notes", said);
        return Messages.format(lang, "confirm", when(lang, t), labelOf(t.originCode(), lang), labelOf(t.destinationCode(), lang),
                t.partySize(), notes);
    }

    /** The travel day or window as a worker reads it: 2027年1月29日, 1月26日至2月1日, 1月25日以后. */
    static String when(String lang, TripSlots t) {
        LocalDate day = t.travelDate();
        LocalDate e = t.earliestDate();
        LocalDate l = t.latestDate();
        if ((e == null || e.equals(day)) && (l == null || l.equals(day)) && e != null && l != null) {
            return Messages.date(lang, day);
        }
        if (e != null && l != null) {
            return Messages.format(lang, "window.between", Messages.date(lang, e), Messages.date(lang, l));
        }
        if (e != null) {
            return Messages.format(lang, "window.from", Messages.date(lang, e));
        }
        if (l != null) {
            return Messages.format(lang, "window.until", Messages.date(lang, l));
        }
        return Messages.date(lang, day);
    }

    // ---- change or cancel a confirmed trip request (issue 10, point 4) ------------------------------

    /**
     * A change or cancellation of the worker's trip request, when the message asks for one: the question
     * (1 confirm, 2 keep), the refusal with its reason, or "you have none"; empty when the message is not
     * a change, or is a change without a request to change (then it is read as a new request).
     */
    private Optional<DialogTurn> changeAsked(DialogState s, Incoming m) {
        Optional<TripChangeReader.Said> read = changes.read(m.folded());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        TripChangeReader.Said said = read.get();
        String lang = m.language();
        DialogState next = s.withMisses(0);
        if (said.kind() == null) {
            TripChangeDesk.Answer probe = m.desk().check(new TripChange(TripChange.Kind.CANCEL, null, null, null, null), lang);
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
                    String text = Texts.excerpt(said.date().text(), ECHO_LENGTH);
                    return Optional.of(missing.lastDayOfMonth() == null ? turn(next, m, "change.no-such-day.unknown", text)
                            : turn(next, m, "change.no-such-day", text, Messages.date(lang, missing.lastDayOfMonth())));
                }
                change = new TripChange(TripChange.Kind.TRAVEL_DATE, null, said.date() == null ? null : said.date().day(),
                        said.shiftDays(), null);
            }
            case DESTINATION -> {
                Optional<Place> to = found(said.destination());
                if (to.isEmpty() || isTooWide(to.get())) {
                    return Optional.of(turn(next, m, "change.place-unclear",
                            Texts.excerpt(said.destinationText() == null ? "" : said.destinationText(), ECHO_LENGTH)));
                }
                change = new TripChange(TripChange.Kind.DESTINATION, null, null, null, to.get().code());
            }
            default -> change = new TripChange(TripChange.Kind.CANCEL, null, null, null, null);
        }
        TripChangeDesk.Answer answer = m.desk().check(change, lang);
        return switch (answer.outcome()) {
            case NO_REQUEST -> change.kind() == TripChange.Kind.CANCEL ? Optional.of(turn(next, m, "change.none"))
                    : Optional.empty();
            case REFUSED -> Optional.of(turn(next, m, "change.refused", answer.text()));
            case CONFIRM -> Optional.of(turn(next.withPendingChange(new DialogState.PendingChange(answer.requestId(),
                    answer.change())), m, "change.confirm", answer.text()));
        };
    }

    /** The answer to "回复1确认，2不改": 1 makes the change, 2 keeps the request; anything else is read afresh. */
    private DialogTurn confirmChange(DialogState s, Incoming m) {
        DialogState.PendingChange pending = s.pending();
        DialogState idle = s.withStep(Step.IDLE).withMisses(0);
        if (Intents.yes(m.bare())) {
            return new DialogTurn(idle, Messages.format(m.language(), "change.done"), m.language(),
                    List.of(new DialogAction.ChangeTripRequest(pending.requestId(), pending.change())));
        }
        if (Intents.no(m.bare())) {
            return turn(idle, m, "change.kept");
        }
        return idle(idle, m);
    }

    // ---- legal aid -----------------------------------------------------------------------------

    private static final List<Step> WAGE_QUESTIONS = List.of(Step.ASK_EMPLOYER, Step.ASK_SITE, Step.ASK_AMOUNT,
            Step.ASK_MONTHS, Step.ASK_COWORKERS, Step.ASK_EVIDENCE);
    private static final List<Step> CASE_QUESTIONS = List.of(Step.ASK_EMPLOYER, Step.ASK_SITE, Step.ASK_EVIDENCE);
    private static final List<Step> OTHER_QUESTIONS = List.of(Step.ASK_EMPLOYER, Step.ASK_SITE);

    private Out legalQuestion(DialogState s, String lang) {
        LegalSlots l = s.legal();
        List<Step> order = new ArrayList<>();
        if (l.topic() == null) {
            order.add(Step.ASK_TOPIC);
        } else {
            order.addAll(switch (l.topic()) {
                case WAGE_ARREARS -> WAGE_QUESTIONS;
                case WORK_INJURY, LABOUR_CONTRACT -> CASE_QUESTIONS;
                case OTHER -> OTHER_QUESTIONS;
            });
        }
        if (Long.bitCount(s.asked()) < DialogState.MAX_INTAKE_QUESTIONS) {
            for (Step step : order) {
                if (!s.wasAsked(step) && !filled(l, step)) {
                    return new Out(s.withStep(step).withAsked(s.asked() | (1L << step.ordinal())),
                            Messages.format(lang, key(step)), List.of());
                }
            }
        }
        LegalTopic topic = l.topic() == null ? LegalTopic.OTHER : l.topic();
        return complete(s, lang, "legal.recorded", new DialogAction.RecordLegalIntake(
                l.text() == null ? "" : l.text(), topic, l.employer(), l.siteCode(), l.amountFen(), l.monthsUnpaid(),
                l.coWorkersOwed(), List.copyOf(withNone(l.evidence())), l.urgent(), l.foreman()));
    }

    /** A sorted copy of the evidence kinds ({@code EnumSet.copyOf} alone rejects an empty non-EnumSet). */
    private static Set<Evidence> withNone(Set<Evidence> e) {
        return e.isEmpty() ? EnumSet.noneOf(Evidence.class) : EnumSet.copyOf(e);
    }

    private static boolean filled(LegalSlots l, Step step) {
        return switch (step) {
            case ASK_TOPIC -> l.topic() != null;
            case ASK_EMPLOYER -> l.employer() != null;
            case ASK_SITE -> l.siteCode() != null;
            case ASK_AMOUNT -> l.amountFen() != null;
            case ASK_MONTHS -> l.monthsUnpaid() != null;
            case ASK_COWORKERS -> l.coWorkersOwed() != null;
            case ASK_EVIDENCE -> !l.evidence().isEmpty();
            default -> true;
        };
    }

    private static String key(Step step) {
        return switch (step) {
            case ASK_TOPIC -> "ask.topic";
            case ASK_EMPLOYER -> "ask.employer";
            case ASK_SITE -> "ask.site";
            case ASK_AMOUNT -> "ask.amount";
            case ASK_MONTHS -> "ask.months";
            case ASK_COWORKERS -> "ask.coworkers";
            case ASK_EVIDENCE -> "ask.evidence";
            case ASK_WANT -> "ask.want";
            case ASK_TRADE -> "ask.trade";
            case ASK_LOCATION -> "ask.location";
            case ASK_AVAILABLE -> "ask.available";
            default -> "menu";
        };
    }

    /**
     * A message in the middle of a legal or jobs intake that is a trip request on its own (going
     * home, with where to and when, e.g. "腊月二十二从杭州回安徽六安，2个人") is not an answer to the
     * intake's question: the trip starts now and the intake comes back after it, with what it has.
     */
    private boolean isWholeTripRequest(Incoming m) {
        TripFacts facts = reader.read(m.folded(), Step.IDLE, false, false);
        return (Intents.homeAt(m.folded()) >= 0 || facts.homeByPlace()) && facts.destination() != null
                && facts.date() != null;
    }

    private DialogTurn legal(DialogState s, Incoming m) {
        if (Intents.done(m.bare())) {
            return out(m, legalQuestion(s.withAsked(ALL_ASKED), m.language()));
        }
        if (isWholeTripRequest(m)) {
            return start(s.withQueue(List.of(Service.LEGAL)).withStep(Step.IDLE), m, List.of(Service.TRIP));
        }
        Filled f;
        if (s.step() == Step.PICK_SITE) {
            Optional<Place> p = pickedOption(s, m);
            if (p.isEmpty()) return miss(s, m);
            LegalSlots l = s.legal();
            f = new Filled(null, new LegalSlots(l.text(), l.topic(), l.employer(), p.get().code(), l.amountFen(),
                    l.monthsUnpaid(), l.coWorkersOwed(), l.evidence(), l.urgent(), l.foreman()), null, null);
        } else {
            f = fillLegal(s.legal(), m, s.step());
        }
        boolean understood = !f.legal().equals(s.legal()) || f.problem() != null || Intents.skip(m.bare())
                || (s.step() == Step.ASK_EVIDENCE && IntakeReader.noEvidence(m.bare()));
        return intakeAnswered(s, m, Service.LEGAL, understood, s.withLegal(f.legal()), f.problem(),
                this::legalQuestion);
    }

    /**
     * The common end of a legal or jobs intake turn. Not understood: when the message asks for
     * another service, record what we have and start that one, else a miss. Understood: the next
     * state asks about a problem with the answer, or the intake's next question.
     */
    private DialogTurn intakeAnswered(DialogState s, Incoming m, Service service, boolean understood,
                                      DialogState next, Problem problem,
                                      BiFunction<DialogState, String, Out> question) {
        if (!understood) {
            List<Service> others = services(m.folded()).stream().filter(x -> x != service).toList();
            return others.isEmpty() ? miss(s, m)
                    : out(m, question.apply(s.withQueue(others).withAsked(ALL_ASKED), m.language()));
        }
        DialogState answered = next.withMisses(0);
        return out(m, problem != null ? ask(problem, answered, m.language()) : question.apply(answered, m.language()));
    }

    private Filled fillLegal(LegalSlots l, Incoming m, Step asked) {
        String t = m.folded();
        LegalTopic topic = l.topic();
        String employer = l.employer();
        String site = l.siteCode();
        Long amount = l.amountFen();
        Integer months = l.monthsUnpaid();
        Integer coWorkers = l.coWorkersOwed();
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        evidence.addAll(l.evidence());
        boolean urgent = l.urgent() || IntakeReader.urgent(t) || DangerWords.firstIn(t).isPresent();
        Problem problem = null;

        LegalTopic saidTopic = IntakeReader.topic(t);
        if (asked == Step.ASK_TOPIC && saidTopic == null) {
            Optional<Integer> n = Texts.number(m.bare());
            if (n.isPresent() && n.get() >= 1 && n.get() <= 4) {
                saidTopic = LegalTopic.values()[n.get() - 1];
            } else if (Intents.skip(m.bare())) {
                saidTopic = LegalTopic.OTHER;
            }
        }
        if (saidTopic != null && (topic == null || asked == Step.ASK_TOPIC)) topic = saidTopic;

        Optional<String> named = IntakeReader.employer(t);
        String foreman = l.foreman();
        Optional<String> saidForeman = IntakeReader.foreman(t);
        if (saidForeman.isPresent() && (foreman == null || asked == Step.ASK_EMPLOYER)) {
            foreman = saidForeman.get();
        }
        if (named.isPresent() && (employer == null || asked == Step.ASK_EMPLOYER
                || (IntakeReader.isCompany(named.get()) && !IntakeReader.isCompany(employer)))) {
            employer = named.get();
        } else if (asked == Step.ASK_EMPLOYER && named.isEmpty() && !Intents.skip(m.bare())) {
            String name = t.strip().replaceAll("^(?:是|叫|就是|老板是|老板叫|公司是|公司叫)", "")
                    .replaceAll("[\\p{Punct}，。！？、\\s]+$", "");
            // a message naming a danger answers no question: "我在东莞厚街，腿受伤了" is not an employer
            if (!name.isEmpty() && name.length() <= DialogState.MAX_SHORT_TEXT && !name.matches(".*\\d.*")
                    && DangerWords.firstIn(t).isEmpty()) {
                employer = name;
            }
        }

        List<PlaceMention> places = reader.findPlaces(t);
        PlaceMention place = places.isEmpty() ? null : places.get(0);
        if (place == null && asked == Step.ASK_SITE) {
            PlaceResolution r = resolve(t.strip().replaceAll("^(?:在|是)", "").replaceAll("[\\p{Punct}，。！？、\\s]+$", ""));
            if (!(r instanceof PlaceResolution.NotFound)) place = new PlaceMention(0, t.length(), t.strip(), r);
        }
        if (place != null && (site == null || asked == Step.ASK_SITE)) {
            if (place.resolution() instanceof PlaceResolution.Found found) {
                site = found.place().code();
            } else if (place.resolution() instanceof PlaceResolution.Ambiguous a) {
                problem = options(Step.PICK_SITE, place.text(), a);
            }
        }

        String residual = blankDatesAndPlaces(t, places);
        Optional<Integer> saidMonths = IntakeReader.months(residual);
        if (saidMonths.isEmpty() && asked == Step.ASK_MONTHS) {
            saidMonths = Texts.number(m.bare().replaceAll("个?月$", ""));
        }
        if (saidMonths.isPresent() && saidMonths.get() > 0 && saidMonths.get() <= 120) months = saidMonths.get();

        String noMonths = residual.replaceAll("[\\d零一二两三四五六七八九十半]+\\s*个\\s*多?\\s*月|半年|一年", " ");
        Optional<Integer> saidOthers = IntakeReader.coWorkers(noMonths);
        if (saidOthers.isEmpty() && asked == Step.ASK_COWORKERS) {
            saidOthers = Intents.skip(m.bare()) && m.bare().startsWith("没") ? Optional.of(0)
                    : Texts.number(m.bare().replaceAll("(?:个人?|个工友|人)$", ""));
        }
        if (saidOthers.isPresent() && saidOthers.get() >= 0 && saidOthers.get() <= 5000) coWorkers = saidOthers.get();

        String noCounts = noMonths.replaceAll("[\\d一二两三四五六七八九十几]+\\s*多?\\s*个\\s*(?:人|工友|兄弟|同事|老乡|师傅)", " ");
        Optional<Long> saidAmount = Amounts.fen(noCounts, asked == Step.ASK_AMOUNT);
        if (saidAmount.isPresent() && saidAmount.get() > 0) amount = saidAmount.get();

        evidence.addAll(IntakeReader.evidence(t));
        return new Filled(null, new LegalSlots(l.text(), topic, employer, site, amount, months, coWorkers, evidence,
                urgent, foreman), null, problem);
    }

    // ---- jobs ----------------------------------------------------------------------------------

    private Out jobQuestion(DialogState s, String lang) {
        JobSlots j = s.job();
        List<Step> order = new ArrayList<>();
        if (j.want() == null) {
            order.add(Step.ASK_WANT);
        } else {
            order.addAll(switch (j.want()) {
                case JOB -> List.of(Step.ASK_TRADE, Step.ASK_LOCATION, Step.ASK_AVAILABLE);
                case TRAINING -> List.of(Step.ASK_TRADE, Step.ASK_LOCATION);
                case STARTUP -> List.of(Step.ASK_LOCATION);
            });
        }
        if (Long.bitCount(s.asked()) < DialogState.MAX_INTAKE_QUESTIONS) {
            for (Step step : order) {
                boolean filled = switch (step) {
                    case ASK_WANT -> j.want() != null;
                    case ASK_TRADE -> j.trade() != null;
                    case ASK_LOCATION -> j.locationCode() != null;
                    case ASK_AVAILABLE -> j.availableFrom() != null;
                    default -> true;
                };
                if (!s.wasAsked(step) && !filled) {
                    String key = step == Step.ASK_TRADE && j.want() == JobWant.TRAINING ? "ask.trade.training"
                            : step == Step.ASK_LOCATION && j.want() == JobWant.STARTUP ? "ask.location.startup"
                            : key(step);
                    return new Out(s.withStep(step).withAsked(s.asked() | (1L << step.ordinal())),
                            Messages.format(lang, key), List.of());
                }
            }
        }
        return complete(s, lang, "job.recorded", new DialogAction.RecordJobIntake(j.text() == null ? "" : j.text(),
                j.want() == null ? JobWant.JOB : j.want(), j.trade(), j.locationCode(), j.availableFrom()));
    }

    private DialogTurn job(DialogState s, Incoming m) {
        if (Intents.done(m.bare())) {
            return out(m, jobQuestion(s.withAsked(ALL_ASKED), m.language()));
        }
        if (isWholeTripRequest(m)) {
            return start(s.withQueue(List.of(Service.JOB)).withStep(Step.IDLE), m, List.of(Service.TRIP));
        }
        Filled f;
        if (s.step() == Step.PICK_LOCATION) {
            Optional<Place> p = pickedOption(s, m);
            if (p.isEmpty()) return miss(s, m);
            JobSlots j = s.job();
            f = new Filled(null, null, new JobSlots(j.text(), j.want(), j.trade(), p.get().code(), j.availableFrom()), null);
        } else {
            f = fillJob(s.job(), m, s.step());
        }
        boolean understood = !f.job().equals(s.job()) || f.problem() != null || Intents.skip(m.bare())
                || (s.step() == Step.ASK_LOCATION && ANYWHERE.matcher(m.folded()).find());
        return intakeAnswered(s, m, Service.JOB, understood, s.withJob(f.job()), f.problem(), this::jobQuestion);
    }

    private Filled fillJob(JobSlots j, Incoming m, Step asked) {
        String t = m.folded();
        JobWant want = j.want();
        Trade trade = j.trade();
        String location = j.locationCode();
        LocalDate from = j.availableFrom();
        Problem problem = null;

        JobWant saidWant = IntakeReader.want(t);
        if (asked == Step.ASK_WANT && saidWant == null) {
            Optional<Integer> n = Texts.number(m.bare());
            if (n.isPresent() && n.get() >= 1 && n.get() <= 3) saidWant = JobWant.values()[n.get() - 1];
            else if (Intents.skip(m.bare())) saidWant = JobWant.JOB;
        }
        if (saidWant != null && (want == null || asked == Step.ASK_WANT || saidWant != JobWant.JOB)) want = saidWant;
        Trade saidTrade = IntakeReader.trade(t);
        if (saidTrade != null) trade = saidTrade;
        if (want == null && trade != null && asked == Step.IDLE) want = JobWant.JOB;

        List<PlaceMention> places = reader.findPlaces(t);
        PlaceMention place = places.isEmpty() ? null : places.get(0);
        if (place == null && asked == Step.ASK_LOCATION) {
            PlaceResolution r = resolve(t.strip().replaceAll("^(?:在|去|到)", "").replaceAll("[\\p{Punct}，。！？、\\s]+$", ""));
            if (!(r instanceof PlaceResolution.NotFound)) place = new PlaceMention(0, t.length(), t.strip(), r);
        }
        if (place != null) {
            if (place.resolution() instanceof PlaceResolution.Found found) {
                location = found.place().code();
            } else if (place.resolution() instanceof PlaceResolution.Ambiguous a) {
                problem = options(Step.PICK_LOCATION, place.text(), a);
            }
        }
        Optional<DateReader.Found> date = dates.find(t);
        if (date.isPresent() && date.get().day() != null) {
            from = date.get().day();
        } else if (NOW.matcher(t).find()) {
            from = dates.today();
        }
        return new Filled(null, null, new JobSlots(j.text(), want, trade, location, from), problem);
    }

    // ---- places -----------------------------------------------------------------------------

    private Optional<Place> pickedOption(DialogState s, Incoming m) {
        return pickedOption(m.bare(), s.placeOptions());
    }

    private Optional<Place> pickedOption(String bare, List<String> options) {
        Optional<Integer> n = Texts.number(bare);
        if (n.isPresent() && n.get() >= 1 && n.get() <= options.size()) {
            return byCode(options.get(n.get() - 1));
        }
        return Optional.empty();
    }

    private static String blankDatesAndPlaces(String t, List<PlaceMention> places) {
        char[] c = t.toCharArray();
        for (PlaceMention p : places) {
            for (int i = Math.max(0, p.start()); i < Math.min(c.length, p.end()); i++) c[i] = ' ';
        }
        return new String(c);
    }

    private static Optional<Place> found(PlaceResolution r) {
        return r instanceof PlaceResolution.Found f && f.place() != null ? Optional.of(f.place()) : Optional.empty();
    }

    /** A whole province is too wide for a trip, except the four municipalities. */
    private static boolean isTooWide(Place p) {
        return p.level() == PlaceLevel.PROVINCE && !MUNICIPALITIES.contains(p.code());
    }

    private String labelOf(String code, String language) {
        return byCode(code).map(p -> DialogState.EN.equals(language) ? englishLabel(p) : label(p)).orElse(code);
    }

    /**
     * How a place is shown in an English reply: pinyin names from the smallest to the province, e.g.
     * "Lu'an, Anhui", "Wanzhou, Chongqing", "Hengnan, Hengyang, Hunan" ({@link EnglishNames}).
     *
     * @param p a place of the gazetteer
     * @return its English label
     */
    String englishLabel(Place p) {
        List<String> parts = new ArrayList<>();
        parts.add(EnglishNames.of(shortName(p)));
        if (p.level() == PlaceLevel.COUNTY && p.cityCode() != null) {
            byCode(p.cityCode()).filter(c -> !c.name().contains("辖"))
                    .map(c -> EnglishNames.of(shortName(c))).ifPresent(parts::add);
        }
        if (p.level() != PlaceLevel.PROVINCE) {
            byCode(p.provinceCode()).map(c -> EnglishNames.of(shortName(c))).ifPresent(parts::add);
        }
        return String.join(", ", parts.stream().distinct().toList());
    }

    /**
     * How a place is shown to a worker: province, city and county without their suffixes where
     * that stays clear — 安徽六安, 重庆万州区, 北京朝阳区, 吉林长春朝阳区, 湖南衡阳衡南县.
     *
     * @param p a place of the gazetteer
     * @return its label
     */
    String label(Place p) {
        String own = shortName(p);
        if (p.level() == PlaceLevel.PROVINCE) {
            return own;
        }
        String province = byCode(p.provinceCode()).map(DialogEngine::shortName).orElse("");
        String city = "";
        if (p.level() == PlaceLevel.COUNTY && p.cityCode() != null) {
            city = byCode(p.cityCode())
                    .filter(c -> !c.name().contains("辖"))
                    .map(DialogEngine::shortName).orElse("");
        }
        String name = p.level() == PlaceLevel.COUNTY ? p.name() : own;
        StringBuilder b = new StringBuilder();
        if (!name.startsWith(province) && !city.startsWith(province)) {
            b.append(province);
        }
        if (!name.startsWith(city) && !city.equals(province)) {
            b.append(city);
        }
        return b.append(name).toString();
    }

    private static String shortName(Place p) {
        String s = p.shortName();
        return s == null || s.isBlank() ? p.name() : s;
    }

    private Optional<Place> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<Place> p = gazetteer.byCode(code);
        return p == null ? Optional.empty() : p;
    }

    private PlaceResolution resolve(String name) {
        try {
            return gazetteer.resolve(name);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "gazetteer failed to resolve a name", e);
            return new PlaceResolution.NotFound(name);
        }
    }

    String optionList(String language, List<String> codes) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            items.add(Messages.format(language, "place.option", String.valueOf(i + 1), labelOf(codes.get(i), language)));
        }
        return String.join(Messages.format(language, "place.option.separator"), items);
    }

    // ---- replies ------------------------------------------------------------------------------

    private DialogTurn out(Incoming m, Out out) {
        return new DialogTurn(out.next(), out.reply(), m.language(), out.actions());
    }

    private static DialogTurn turn(DialogState next, Incoming m, String key, Object... args) {
        return new DialogTurn(next, Messages.format(m.language(), key, args), m.language(), List.of());
    }

    private static DialogTurn turn(DialogState next, Incoming m, String key, DialogAction action) {
        return new DialogTurn(next, Messages.format(m.language(), key), m.language(), List.of(action));
    }
}
