package org.warmline.conversation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.core.domain.calendar.ChineseDateParser;
import org.warmline.core.domain.calendar.DateMention;
import org.warmline.core.domain.calendar.DateResolution;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceLevel;
import org.warmline.core.domain.place.PlaceResolution;

/**
 * The first dialog engine: one worker message and the conversation's state in, the reply, the next
 * state and the actions for the application out. Pure and thread-safe; holds no conversation.
 *
 * <p>It recognises three services: a return-home trip (slots destination, travel date, party
 * size, origin, asked one at a time in that order, then a confirmation), wage arrears and job
 * seeking (recorded as intakes for a person), and otherwise answers with a menu. Replies come from
 * the {@code org.warmline.conversation.messages} bundles, in the language of the worker's latest
 * message that has letters.
 */
public final class DialogEngine {

    private static final Logger LOG = Logger.getLogger(DialogEngine.class.getName());

    /** Province-level codes that are cities in their own right (北京, 天津, 上海, 重庆). */
    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");
    private static final int ECHO_LENGTH = 12;

    private final Gazetteer gazetteer;
    private final TripReader reader;

    /**
     * @param gazetteer the place list, e.g. {@link Gazetteer#load()}
     * @param clock     the clock that says what "today" is (dates are read in Asia/Shanghai)
     */
    public DialogEngine(Gazetteer gazetteer, Clock clock) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.reader = new TripReader(gazetteer, new ChineseDateParser(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Handles one message from a worker.
     *
     * @param state the conversation's state before the message; null means a new conversation
     * @param text  the message as received; null or blank is answered with the menu
     * @return the next state, the reply (never blank) and the actions for the application
     */
    public DialogTurn handle(DialogState state, String text) {
        DialogState current = state == null ? DialogState.initial() : state;
        String raw = text == null ? "" : text;
        String folded = Texts.foldWidth(raw);
        String language = Texts.language(raw)
                .filter(l -> l.equals(current.language()) || current.step() == Step.IDLE || !isOnlyAPlace(folded))
                .orElse(current.language());
        Incoming message = new Incoming(raw, folded, Texts.bare(folded), language);
        return route(current.withLanguage(language), message);
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
        try {
            PlaceResolution r = gazetteer.resolve(name);
            return r instanceof PlaceResolution.Found || r instanceof PlaceResolution.Ambiguous;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "gazetteer failed to resolve a name", e);
            return false;
        }
    }

    /** One incoming message: as received, width-folded, reduced to letters and digits, and its reply language. */
    private record Incoming(String raw, String folded, String bare, String language) {
        boolean blank() {
            return folded.isBlank();
        }
    }

    private DialogTurn route(DialogState s, Incoming m) {
        Step step = s.step();
        if (m.blank()) {
            return step == Step.IDLE ? menu(s) : repeatQuestion(s, m);
        }
        if (Intents.menu(m.bare())) {
            return menu(s.withStep(Step.IDLE));
        }
        if (Intents.restart(m.bare()) && (step.isTrip() || s.hasTripSlots())) {
            return restart(s, m);
        }
        return switch (step) {
            case IDLE -> idle(s, m);
            case DESCRIBE_LEGAL, DESCRIBE_JOB -> describe(s, m);
            case CONFIRM -> confirm(s, m);
            case PICK_DESTINATION, PICK_ORIGIN -> pick(s, m);
            case ASK_DESTINATION, ASK_DATE, ASK_PARTY, ASK_ORIGIN -> trip(s, m);
        };
    }

    // ---- idle: menu choice or a fresh request ----------------------------------------------

    private DialogTurn idle(DialogState s, Incoming m) {
        Optional<DialogTurn> choice = menuChoice(s, m);
        if (choice.isPresent()) {
            return choice.get();
        }
        TripFacts facts = reader.read(m.folded(), Step.IDLE, false, false);
        boolean home = Intents.home(m.folded()) || facts.homeByPlace();
        boolean bothPlaces = facts.destination() != null && facts.origin() != null; // "from X to Y"
        boolean tripLike = home || bothPlaces
                || (facts.date() != null && (facts.destination() != null || facts.origin() != null));
        if (Intents.legal(m.folded()) && !(home && facts.any())) {
            return legalIntake(s, m);
        }
        if (tripLike) {
            DialogState fresh = new DialogState(s.language(), Step.ASK_DESTINATION, null, null, null, null, List.of());
            return applyTrip(fresh, facts, m);
        }
        if (Intents.job(m.folded())) {
            return jobIntake(s, m);
        }
        return menu(s);
    }

    private Optional<DialogTurn> menuChoice(DialogState s, Incoming m) {
        if (!m.bare().matches("[123]") || !m.folded().strip().matches("[123][.。、]?")) {
            return Optional.empty();
        }
        return Optional.of(switch (m.bare()) {
            // Back from the menu in the middle of a request: carry on where it stopped.
            case "1" -> s.hasTripSlots() && !s.tripComplete()
                    ? repeatQuestion(s.withStep(nextMissing(s)), m)
                    : reply(new DialogState(s.language(), Step.ASK_DESTINATION, null, null, null, null, List.of()),
                            m, "ask.destination");
            case "2" -> reply(s.withStep(Step.DESCRIBE_LEGAL), m, "legal.ask");
            default -> reply(s.withStep(Step.DESCRIBE_JOB), m, "job.ask");
        });
    }

    private DialogTurn describe(DialogState s, Incoming m) {
        Optional<DialogTurn> choice = menuChoice(s, m);
        if (choice.isPresent()) {
            return choice.get();
        }
        return s.step() == Step.DESCRIBE_LEGAL ? legalIntake(s.withStep(Step.IDLE), m) : jobIntake(s.withStep(Step.IDLE), m);
    }

    private DialogTurn legalIntake(DialogState next, Incoming m) {
        return reply(next, m, "legal.recorded", new DialogAction.RecordLegalIntake(m.raw()));
    }

    private DialogTurn jobIntake(DialogState next, Incoming m) {
        return reply(next, m, "job.recorded", new DialogAction.RecordJobIntake(m.raw()));
    }

    private DialogTurn menu(DialogState s) {
        return new DialogTurn(s, Messages.format(s.language(), "menu"), s.language(), List.of());
    }

    // ---- return home ------------------------------------------------------------------------

    private DialogTurn confirm(DialogState s, Incoming m) {
        if (Intents.yes(m.bare())) {
            DialogState done = DialogState.initial().withLanguage(s.language());
            return reply(done, m, "confirmed", new DialogAction.ConfirmTripRequest());
        }
        if (Intents.no(m.bare())) {
            return restart(s, m);
        }
        return trip(s, m);
    }

    private DialogTurn restart(DialogState s, Incoming m) {
        DialogState cleared = new DialogState(s.language(), Step.ASK_DESTINATION, null, null, null, null, List.of());
        return reply(cleared, m, "restarted", new DialogAction.DiscardTripRequestDraft());
    }

    private DialogTurn pick(DialogState s, Incoming m) {
        Optional<Integer> n = Texts.number(m.bare());
        if (n.isPresent() && n.get() >= 1 && n.get() <= s.placeOptions().size()) {
            String code = s.placeOptions().get(n.get() - 1);
            Optional<Place> place = byCode(code);
            if (place.isPresent()) {
                PlaceResolution chosen = new PlaceResolution.Found(place.get());
                TripFacts facts = s.step() == Step.PICK_DESTINATION
                        ? new TripFacts(chosen, place.get().name(), null, null, null, Optional.empty(), false)
                        : new TripFacts(null, null, chosen, place.get().name(), null, Optional.empty(), false);
                return applyTrip(s, facts, m);
            }
        }
        return trip(s, m);
    }

    private DialogTurn trip(DialogState s, Incoming m) {
        TripFacts facts = reader.read(m.folded(), s.step(), s.destinationCode() != null, s.originCode() != null);
        if (facts.any()) {
            return applyTrip(s, facts, m);
        }
        // Nothing about the trip: maybe another service, otherwise ask again.
        if (m.bare().isEmpty()) {
            return repeatQuestion(s, m); // only emoji or punctuation: nothing to echo
        }
        if (Intents.legal(m.folded())) {
            return legalIntake(s, m);
        }
        if (Intents.jobStrong(m.folded())) {
            return jobIntake(s, m);
        }
        return switch (s.step()) {
            case ASK_DESTINATION -> reply(s, m, "ask.destination.again", Texts.excerpt(m.raw(), ECHO_LENGTH));
            case ASK_ORIGIN -> reply(s, m, "ask.origin.again", Texts.excerpt(m.raw(), ECHO_LENGTH));
            default -> repeatQuestion(s, m);
        };
    }

    /** Fills the slots a message gives, then asks about the first problem or missing slot. */
    private DialogTurn applyTrip(DialogState s, TripFacts facts, Incoming m) {
        String destination = s.destinationCode();
        String origin = s.originCode();
        LocalDate date = s.travelDate();
        Integer party = s.partySize();
        Place tooWide = null;
        Step tooWideStep = null;

        Optional<Place> dest = found(facts.destination());
        if (dest.isPresent()) {
            if (isTooWide(dest.get())) {
                tooWide = dest.get();
                tooWideStep = Step.ASK_DESTINATION;
            } else {
                destination = dest.get().code();
            }
        }
        Optional<Place> from = found(facts.origin());
        if (from.isPresent()) {
            if (isTooWide(from.get())) {
                if (tooWide == null) {
                    tooWide = from.get();
                    tooWideStep = Step.ASK_ORIGIN;
                }
            } else {
                origin = from.get().code();
            }
        }
        DateResolution when = facts.date() == null ? null : facts.date().resolution();
        if (when instanceof DateResolution.Resolved resolved && resolved.date() != null) {
            date = resolved.date();
        }
        Integer saidParty = facts.partySize().orElse(null);
        boolean partyOutOfRange = saidParty != null && (saidParty < 1 || saidParty > 60);
        if (saidParty != null && !partyOutOfRange) {
            party = saidParty;
        }
        DialogState filled = new DialogState(s.language(), s.step(), destination, origin, date, party, List.of());
        boolean changed = !filled.equals(s.withStep(s.step()));

        // Problems first, in the order the worker can fix them; then the next missing slot.
        if (facts.destination() instanceof PlaceResolution.Ambiguous a && dest.isEmpty()) {
            return options(filled, Step.PICK_DESTINATION, facts.destinationText(), a, m);
        }
        if (facts.origin() instanceof PlaceResolution.Ambiguous a && from.isEmpty()) {
            return options(filled, Step.PICK_ORIGIN, facts.originText(), a, m);
        }
        if (tooWide != null) {
            return reply(filled.withStep(tooWideStep), m, "place.too-wide", label(tooWide));
        }
        if (when instanceof DateResolution.NonExistent missing) {
            return noSuchDay(filled.withStep(Step.ASK_DATE), facts.date(), missing, m);
        }
        if (partyOutOfRange) {
            return reply(filled.withStep(Step.ASK_PARTY), m, "party.out-of-range");
        }
        if (!filled.tripComplete()) {
            return repeatQuestion(filled.withStep(nextMissing(filled)), m);
        }
        DialogState confirming = filled.withStep(Step.CONFIRM);
        String confirmation = confirmation(confirming);
        if (s.step() == Step.CONFIRM && !changed) {
            return new DialogTurn(confirming, confirmation, m.language(), List.of());
        }
        return new DialogTurn(confirming, confirmation, m.language(), List.of(new DialogAction.DraftTripRequest(
                destination, origin, date, party)));
    }

    private static Step nextMissing(DialogState s) {
        if (s.destinationCode() == null) return Step.ASK_DESTINATION;
        if (s.travelDate() == null) return Step.ASK_DATE;
        if (s.partySize() == null) return Step.ASK_PARTY;
        return Step.ASK_ORIGIN;
    }

    /** Asks again what the state is waiting for. */
    private DialogTurn repeatQuestion(DialogState s, Incoming m) {
        return switch (s.step()) {
            case IDLE -> menu(s);
            case ASK_DESTINATION -> reply(s, m, "ask.destination");
            case ASK_DATE -> reply(s, m, "ask.date");
            case ASK_PARTY -> reply(s, m, "ask.party");
            case ASK_ORIGIN -> reply(s, m, "ask.origin");
            case PICK_DESTINATION, PICK_ORIGIN -> s.placeOptions().isEmpty()
                    ? reply(s.withStep(s.step() == Step.PICK_DESTINATION ? Step.ASK_DESTINATION : Step.ASK_ORIGIN), m,
                            s.step() == Step.PICK_DESTINATION ? "ask.destination" : "ask.origin")
                    : reply(s, m, "place.options.again", optionList(s.language(), s.placeOptions()));
            case CONFIRM -> s.tripComplete()
                    ? new DialogTurn(s, confirmation(s), m.language(), List.of())
                    : repeatQuestion(s.withStep(nextMissing(s)), m);
            case DESCRIBE_LEGAL -> reply(s, m, "legal.ask");
            case DESCRIBE_JOB -> reply(s, m, "job.ask");
        };
    }

    private DialogTurn options(DialogState filled, Step step, String said, PlaceResolution.Ambiguous ambiguous, Incoming m) {
        List<String> codes = new ArrayList<>();
        for (Place p : ambiguous.options()) {
            if (p != null && codes.size() < DialogState.MAX_PLACE_OPTIONS && !codes.contains(p.code())) {
                codes.add(p.code());
            }
        }
        if (codes.isEmpty()) {
            return repeatQuestion(filled.withStep(step == Step.PICK_DESTINATION ? Step.ASK_DESTINATION : Step.ASK_ORIGIN), m);
        }
        DialogState next = new DialogState(filled.language(), step, filled.destinationCode(), filled.originCode(),
                filled.travelDate(), filled.partySize(), codes);
        String text = said == null ? "" : Texts.excerpt(said, ECHO_LENGTH);
        return reply(next, m, "place.options", text, optionList(filled.language(), codes));
    }

    private String optionList(String language, List<String> codes) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            items.add(Messages.format(language, "place.option", String.valueOf(i + 1),
                    byCode(code).map(this::label).orElse(code)));
        }
        return String.join(Messages.format(language, "place.option.separator"), items);
    }

    private DialogTurn noSuchDay(DialogState next, DateMention mention, DateResolution.NonExistent missing, Incoming m) {
        String said = Texts.excerpt(mention.text() == null ? "" : mention.text(), ECHO_LENGTH);
        LocalDate last = missing.lastDayOfMonth();
        if (last == null) {
            return reply(next, m, "date.no-such-day.unknown", said);
        }
        String lastDay = Messages.date(next.language(), last);
        if (said.contains("腊月") || said.contains("除夕") || said.contains("年三十")) {
            // 腊月三十 in a 29-day 腊月: 除夕 is 腊月廿九. Say so rather than guess.
            return reply(next, m, "date.no-such-day.chuxi", lastDay);
        }
        return reply(next, m, "date.no-such-day", said, lastDay);
    }

    private String confirmation(DialogState s) {
        return Messages.format(s.language(), "confirm",
                Messages.date(s.language(), s.travelDate()),
                labelOf(s.originCode()), labelOf(s.destinationCode()), s.partySize());
    }

    // ---- places -----------------------------------------------------------------------------

    private static Optional<Place> found(PlaceResolution r) {
        return r instanceof PlaceResolution.Found f && f.place() != null ? Optional.of(f.place()) : Optional.empty();
    }

    /** A whole province is too wide for a trip, except the four municipalities. */
    private static boolean isTooWide(Place p) {
        return p.level() == PlaceLevel.PROVINCE && !MUNICIPALITIES.contains(p.code());
    }

    private String labelOf(String code) {
        return byCode(code).map(this::label).orElse(code);
    }

    /**
     * How a place is shown to a worker: province, city and county without their suffixes where
     * that stays clear — 安徽六安, 重庆万州区, 北京朝阳区, 吉林长春朝阳区, 湖南衡阳衡南县.
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
                    .filter(c -> !c.name().contains("辖"))  // 市辖区, 省直辖县级行政区划: containers, not cities
                    .map(DialogEngine::shortName).orElse("");
        }
        // A county keeps its suffix (朝阳区, 衡南县): short county names are easily misread.
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
        try {
            String s = p.shortName();
            return s == null || s.isBlank() ? p.name() : s;
        } catch (RuntimeException e) {
            return p.name();
        }
    }

    private Optional<Place> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            Optional<Place> p = gazetteer.byCode(code);
            return p == null ? Optional.empty() : p;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "gazetteer failed to look up a code", e);
            return Optional.empty();
        }
    }

    private static DialogTurn reply(DialogState next, Incoming m, String key, Object... args) {
        return new DialogTurn(next, Messages.format(m.language(), key, args), m.language(), List.of());
    }

    private static DialogTurn reply(DialogState next, Incoming m, String key, DialogAction action) {
        return new DialogTurn(next, Messages.format(m.language(), key), m.language(), List.of(action));
    }
}
