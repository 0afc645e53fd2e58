package org.warmline.conversation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.text.SafeText;

/**
 * Where a conversation stands between two messages: the reply language, the question the worker
 * was last asked, the service being filled in and its slots, the services queued behind it, and
 * the flags of the conversation (handed off to a person, opted out). Immutable; stored by the
 * application as the compact string of {@link #encode()} (never more than {@link #MAX_ENCODED}
 * characters).
 *
 * @param language     language of the last reply, {@code "zh"} or {@code "en"}
 * @param step         what the engine is waiting for
 * @param service      the service being filled in, or null when none
 * @param trip         the return-home slots (never null; empty when none)
 * @param legal        the legal-aid slots (never null)
 * @param job          the jobs slots (never null)
 * @param placeOptions codes offered in a "which one?" question (at most 4; empty unless a PICK step)
 * @param queue        services the worker asked for in the same message, to start after this one
 * @param asked        bit set of the {@link Step} ordinals already asked in the current legal or jobs
 *                     intake (a question is never asked twice; at most {@link #MAX_INTAKE_QUESTIONS})
 * @param misses       consecutive messages the engine did not understand (0..2)
 * @param handedOff    true once the conversation waits for a person
 * @param optedOut     true after 退订 / STOP until 订阅 / START
 * @param pending      the change of the worker's trip request asked in a {@link Step#CONFIRM_CHANGE}
 *                     question, or null
 */
public record DialogState(String language, Step step, Service service, TripSlots trip, LegalSlots legal,
                          JobSlots job, List<String> placeOptions, List<Service> queue, long asked, int misses,
                          boolean handedOff, boolean optedOut, PendingChange pending) {

    /** Chinese, the default language. */
    public static final String ZH = "zh";
    /** English. */
    public static final String EN = "en";
    /** The most options an "which one?" question lists. */
    public static final int MAX_PLACE_OPTIONS = 4;
    /** The longest worker text kept in the state (the first message of an intake), in characters. */
    public static final int MAX_TEXT = 300;
    /** The longest employer name or trip note kept, in characters. */
    public static final int MAX_SHORT_TEXT = 40;
    /** The most questions one legal or jobs intake asks. */
    public static final int MAX_INTAKE_QUESTIONS = 6;
    /** The longest string {@link #encode()} returns. */
    public static final int MAX_ENCODED = 3000;

    private static final String VERSION = "2";

    /**
     * A service a conversation can fill in: the key of its dialog in the router's table
     * ({@code DialogRouter}) and its name in the stored state. Three today; a new service is a new
     * constant here, its dialog and its row in the router's table.
     *
     * @param name the stored name, upper case letters, digits and underscores (at most 20)
     */
    public record Service(String name) {
        /** returnhome: a trip home or back to work. */
        public static final Service TRIP = new Service("TRIP");
        /** legalaid: wage arrears, injury, contract. */
        public static final Service LEGAL = new Service("LEGAL");
        /** jobs: a job, training or start-up help. */
        public static final Service JOB = new Service("JOB");

        /** Checks the name. */
        public Service {
            if (name == null || !name.matches("[A-Z][A-Z0-9_]{0,19}")) {
                throw new IllegalArgumentException("a service name is A-Z, 0-9 and _, at most 20, was " + name);
            }
        }

        /**
         * @param name a stored name
         * @return the service of that name
         * @throws IllegalArgumentException if the name is not well formed
         */
        public static Service valueOf(String name) {
            return new Service(name);
        }

        /** @return the stored name */
        @Override
        public String toString() {
            return name;
        }
    }

    /** What the engine waits for after its last reply. */
    public enum Step {
        /** Nothing in progress: a menu choice or a fresh request. */
        IDLE,
        /** Asked where home (the trip's destination) is. */
        ASK_DESTINATION,
        /** Asked for the travel date. */
        ASK_DATE,
        /** Asked how many people travel. */
        ASK_PARTY,
        /** Asked where the worker travels from. */
        ASK_ORIGIN,
        /** Asked which of {@code placeOptions} is the destination. */
        PICK_DESTINATION,
        /** Asked which of {@code placeOptions} is the origin. */
        PICK_ORIGIN,
        /** Showed the draft trip request and asked 1 to confirm, 2 to change. */
        CONFIRM,
        /** Asked the worker to describe the legal problem (menu choice 2). */
        DESCRIBE_LEGAL,
        /** Asked the worker to describe the work they look for (menu choice 3). */
        DESCRIBE_JOB,
        /** Asked what the legal problem is about. */
        ASK_TOPIC,
        /** Asked who the employer or labour contractor is. */
        ASK_EMPLOYER,
        /** Asked where the work site is. */
        ASK_SITE,
        /** Asked which of {@code placeOptions} is the work site. */
        PICK_SITE,
        /** Asked how much is owed. */
        ASK_AMOUNT,
        /** Asked for how many months. */
        ASK_MONTHS,
        /** Asked how many co-workers are owed too. */
        ASK_COWORKERS,
        /** Asked what evidence the worker holds. */
        ASK_EVIDENCE,
        /** Asked whether the worker wants a job, training or start-up help. */
        ASK_WANT,
        /** Asked for the trade. */
        ASK_TRADE,
        /** Asked where the worker wants to work. */
        ASK_LOCATION,
        /** Asked which of {@code placeOptions} is the place of work. */
        PICK_LOCATION,
        /** Asked from when the worker can start. */
        ASK_AVAILABLE,
        /**
         * Asked the worker to confirm a change or cancellation of their trip request ({@code pending}):
         * 1 to confirm, 2 to keep it (issue 10, point 4). Last, so stored {@code asked} masks keep their bits.
         */
        CONFIRM_CHANGE;

        /** @return true while a return-home request is being filled in or confirmed */
        public boolean isTrip() {
            return ordinal() >= ASK_DESTINATION.ordinal() && ordinal() <= CONFIRM.ordinal();
        }

        /** @return true for the "which one of these places?" steps */
        public boolean isPick() {
            return this == PICK_DESTINATION || this == PICK_ORIGIN || this == PICK_SITE || this == PICK_LOCATION;
        }
    }

    /**
     * The return-home slots.
     *
     * @param destinationCode GB/T 2260 code of where the trip goes, or null
     * @param originCode      GB/T 2260 code of where it starts, or null
     * @param travelDate      the day asked for (or the window's most likely day), or null
     * @param earliestDate    first acceptable day, or null when open
     * @param latestDate      last acceptable day, or null when open
     * @param partySize       people travelling (1..60), or null
     * @param notes           special needs (children, elderly, heavy luggage) as short text, or null
     */
    public record TripSlots(String destinationCode, String originCode, LocalDate travelDate, LocalDate earliestDate,
                            LocalDate latestDate, Integer partySize, String notes) {
        /** No slot filled. */
        public static final TripSlots EMPTY = new TripSlots(null, null, null, null, null, null, null);

        /** Validates codes and party size; cuts notes to {@link #MAX_SHORT_TEXT}. */
        public TripSlots {
            checkCode(destinationCode);
            checkCode(originCode);
            if (partySize != null && (partySize < 1 || partySize > 60)) {
                throw new IllegalArgumentException("party size must be 1..60, was " + partySize);
            }
            notes = cut(notes, MAX_SHORT_TEXT);
        }

        /** @return true when destination, origin, date and party size are all known */
        public boolean complete() {
            return destinationCode != null && originCode != null && travelDate != null && partySize != null;
        }

        /** @return true when at least one slot is filled */
        public boolean any() {
            return !equals(EMPTY);
        }
    }

    /**
     * The legal-aid slots (see {@link DialogAction.RecordLegalIntake}).
     *
     * @param text          the first message of the request, at most {@link #MAX_TEXT} characters, or null
     * @param topic         the topic, or null
     * @param employer      employer or contractor, or null
     * @param siteCode      GB/T 2260 code of the work site, or null
     * @param amountFen     amount owed in fen, or null
     * @param monthsUnpaid  months unpaid, or null
     * @param coWorkersOwed other workers owed, or null
     * @param evidence      evidence held (empty when none said)
     * @param urgent        true when the worker says it is urgent
     * @param foreman       the labour contractor (包工头) by the name the worker gave ("王建国", "老王"), kept
     *                      apart when the employer is a company, or null
     * @param wage          the further facts of a wage claim (project, period, end of the job, chain …), never null
     */
    public record LegalSlots(String text, LegalTopic topic, String employer, String siteCode, Long amountFen,
                             Integer monthsUnpaid, Integer coWorkersOwed, Set<Evidence> evidence, boolean urgent,
                             String foreman, WageFacts wage) {
        /** No slot filled. */
        public static final LegalSlots EMPTY = new LegalSlots(null, null, null, null, null, null, null, Set.of(), false);

        /**
         * Slots without further wage facts.
         *
         * @param text          first message
         * @param topic         topic
         * @param employer      employer or contractor
         * @param siteCode      work site code
         * @param amountFen     amount owed in fen
         * @param monthsUnpaid  months unpaid
         * @param coWorkersOwed other workers owed
         * @param evidence      evidence held
         * @param urgent        urgent
         * @param foreman       the labour contractor's name
         */
        public LegalSlots(String text, LegalTopic topic, String employer, String siteCode, Long amountFen,
                          Integer monthsUnpaid, Integer coWorkersOwed, Set<Evidence> evidence, boolean urgent,
                          String foreman) {
            this(text, topic, employer, siteCode, amountFen, monthsUnpaid, coWorkersOwed, evidence, urgent, foreman,
                    WageFacts.NONE);
        }

        /**
         * Slots without a foreman's name.
         *
         * @param text          first message
         * @param topic         topic
         * @param employer      employer or contractor
         * @param siteCode      work site code
         * @param amountFen     amount owed in fen
         * @param monthsUnpaid  months unpaid
         * @param coWorkersOwed other workers owed
         * @param evidence      evidence held
         * @param urgent        urgent
         */
        public LegalSlots(String text, LegalTopic topic, String employer, String siteCode, Long amountFen,
                          Integer monthsUnpaid, Integer coWorkersOwed, Set<Evidence> evidence, boolean urgent) {
            this(text, topic, employer, siteCode, amountFen, monthsUnpaid, coWorkersOwed, evidence, urgent, null);
        }

        /** @param facts the further wage facts @return these slots with them */
        public LegalSlots withWage(WageFacts facts) {
            return new LegalSlots(text, topic, employer, siteCode, amountFen, monthsUnpaid, coWorkersOwed, evidence,
                    urgent, foreman, facts);
        }

        /** Validates the site code and amounts; cuts the texts; null wage facts become {@link WageFacts#NONE}. */
        public LegalSlots {
            wage = wage == null ? WageFacts.NONE : wage;
            text = cut(text, MAX_TEXT);
            employer = cut(employer, MAX_SHORT_TEXT);
            foreman = cut(foreman, MAX_SHORT_TEXT);
            checkCode(siteCode);
            if (amountFen != null && amountFen < 0) {
                throw new IllegalArgumentException("amount must not be negative");
            }
            EnumSet<Evidence> copy = EnumSet.noneOf(Evidence.class);
            if (evidence != null) {
                copy.addAll(evidence);
            }
            evidence = Set.copyOf(copy);
        }
    }

    /**
     * The jobs slots (see {@link DialogAction.RecordJobIntake}).
     *
     * @param text          the first message of the request, at most {@link #MAX_TEXT} characters, or null
     * @param want          job, training or start-up, or null
     * @param trade         the trade, or null
     * @param locationCode  GB/T 2260 code of the place of work, or null
     * @param availableFrom first day the worker can start, or null
     */
    public record JobSlots(String text, JobWant want, Trade trade, String locationCode, LocalDate availableFrom) {
        /** No slot filled. */
        public static final JobSlots EMPTY = new JobSlots(null, null, null, null, null);

        /** Validates the code; cuts the text. */
        public JobSlots {
            text = cut(text, MAX_TEXT);
            checkCode(locationCode);
        }
    }

    /**
     * A change of the worker's trip request waiting for their 1 (confirm) or 2 (keep).
     *
     * @param requestId the trip request (returnhome's id)
     * @param change    the change, with a relative day already resolved to a date
     */
    public record PendingChange(long requestId, TripChange change) {
        /** @throws NullPointerException without a change */
        public PendingChange {
            java.util.Objects.requireNonNull(change, "change");
        }
    }

    /**
     * Validates every component; a null language means Chinese, a null step {@link Step#IDLE}, null
     * slots empty ones.
     *
     * @throws IllegalArgumentException if a code, the options or a counter are invalid
     */
    public DialogState {
        language = language == null ? ZH : language;
        if (!ZH.equals(language) && !EN.equals(language)) {
            throw new IllegalArgumentException("language must be zh or en, was " + language);
        }
        step = step == null ? Step.IDLE : step;
        trip = trip == null ? TripSlots.EMPTY : trip;
        legal = legal == null ? LegalSlots.EMPTY : legal;
        job = job == null ? JobSlots.EMPTY : job;
        placeOptions = List.copyOf(placeOptions == null ? List.of() : placeOptions);
        if (placeOptions.size() > MAX_PLACE_OPTIONS) {
            throw new IllegalArgumentException("at most " + MAX_PLACE_OPTIONS + " place options");
        }
        placeOptions.forEach(DialogState::checkCode);
        queue = List.copyOf(queue == null ? List.of() : queue);
        if (queue.size() > 2) {
            throw new IllegalArgumentException("at most two queued services");
        }
        if (misses < 0 || misses > 2) {
            throw new IllegalArgumentException("misses must be 0..2, was " + misses);
        }
        if (step == Step.CONFIRM_CHANGE && pending == null) {
            step = Step.IDLE; // nothing to confirm: an idle conversation
        }
    }

    /**
     * The state without a pending change, as before issue 10 (tests and callers that build states by hand).
     *
     * @param language     "zh" or "en"
     * @param step         what the engine waits for
     * @param service      the service being filled in, or null
     * @param trip         return-home slots
     * @param legal        legal-aid slots
     * @param job          jobs slots
     * @param placeOptions codes offered in a "which one?" question
     * @param queue        services queued
     * @param asked        bit set of asked steps
     * @param misses       consecutive misunderstood messages
     * @param handedOff    waits for a person
     * @param optedOut     opted out of notices
     */
    public DialogState(String language, Step step, Service service, TripSlots trip, LegalSlots legal, JobSlots job,
                       List<String> placeOptions, List<Service> queue, long asked, int misses, boolean handedOff,
                       boolean optedOut) {
        this(language, step, service, trip, legal, job, placeOptions, queue, asked, misses, handedOff, optedOut, null);
    }

    /**
     * A trip-only state, as the first engine had it.
     *
     * @param language        "zh" or "en"
     * @param step            what the engine waits for
     * @param destinationCode GB/T 2260 code of home, or null
     * @param originCode      GB/T 2260 code of where the worker is, or null
     * @param travelDate      the day of travel, or null
     * @param partySize       people travelling (1..60), or null
     * @param placeOptions    codes offered in a "which one?" question
     */
    public DialogState(String language, Step step, String destinationCode, String originCode, LocalDate travelDate,
                       Integer partySize, List<String> placeOptions) {
        this(language, step, step != null && step.isTrip() || destinationCode != null || originCode != null
                        || travelDate != null || partySize != null ? Service.TRIP : null,
                new TripSlots(destinationCode, originCode, travelDate, travelDate, travelDate, partySize, null),
                LegalSlots.EMPTY, JobSlots.EMPTY, placeOptions, List.of(), 0L, 0, false, false);
    }

    /** @return a new conversation: Chinese, idle, no slots */
    public static DialogState initial() {
        return new DialogState(ZH, Step.IDLE, null, TripSlots.EMPTY, LegalSlots.EMPTY, JobSlots.EMPTY, List.of(),
                List.of(), 0L, 0, false, false, null);
    }

    // ---- accessors of the trip slots (the application and tests read these) -------------------

    /** @return GB/T 2260 code of the trip's destination, or null */
    public String destinationCode() {
        return trip.destinationCode();
    }

    /** @return GB/T 2260 code of the trip's origin, or null */
    public String originCode() {
        return trip.originCode();
    }

    /** @return the travel day, or null */
    public LocalDate travelDate() {
        return trip.travelDate();
    }

    /** @return people travelling, or null */
    public Integer partySize() {
        return trip.partySize();
    }

    /** @return true when destination, origin, date and party size are all known */
    public boolean tripComplete() {
        return trip.complete();
    }

    /** @return true when at least one return-home slot is filled */
    public boolean hasTripSlots() {
        return trip.any();
    }

    // ---- withers ------------------------------------------------------------------------------

    /** @param newLanguage "zh" or "en" @return this state with another reply language */
    public DialogState withLanguage(String newLanguage) {
        return new DialogState(newLanguage, step, service, trip, legal, job, placeOptions, queue, asked, misses,
                handedOff, optedOut, pending);
    }

    /** @param newStep the next step @return this state waiting for something else, place options cleared */
    public DialogState withStep(Step newStep) {
        return new DialogState(language, newStep, service, trip, legal, job, List.of(), queue, asked, misses,
                handedOff, optedOut, newStep == Step.CONFIRM_CHANGE ? pending : null);
    }

    /** @param newStep a PICK step @param options the codes offered @return this state asking which one */
    public DialogState withOptions(Step newStep, List<String> options) {
        return new DialogState(language, newStep, service, trip, legal, job, options, queue, asked, misses,
                handedOff, optedOut, pending);
    }

    /** @param newService the service now filled in, or null @return this state with it */
    public DialogState withService(Service newService) {
        return new DialogState(language, step, newService, trip, legal, job, placeOptions, queue, asked, misses,
                handedOff, optedOut, pending);
    }

    /** @param slots new trip slots @return this state with them */
    public DialogState withTrip(TripSlots slots) {
        return new DialogState(language, step, service, slots, legal, job, placeOptions, queue, asked, misses,
                handedOff, optedOut, pending);
    }

    /** @param slots new legal slots @return this state with them */
    public DialogState withLegal(LegalSlots slots) {
        return new DialogState(language, step, service, trip, slots, job, placeOptions, queue, asked, misses,
                handedOff, optedOut, pending);
    }

    /** @param slots new jobs slots @return this state with them */
    public DialogState withJob(JobSlots slots) {
        return new DialogState(language, step, service, trip, legal, slots, placeOptions, queue, asked, misses,
                handedOff, optedOut, pending);
    }

    /** @param services services to start later @return this state with that queue */
    public DialogState withQueue(List<Service> services) {
        return new DialogState(language, step, service, trip, legal, job, placeOptions, services, asked, misses,
                handedOff, optedOut, pending);
    }

    /** @param mask bit set of asked step ordinals @return this state with it */
    public DialogState withAsked(long mask) {
        return new DialogState(language, step, service, trip, legal, job, placeOptions, queue, mask, misses,
                handedOff, optedOut, pending);
    }

    /** @param count consecutive misunderstood messages, 0..2 @return this state with it */
    public DialogState withMisses(int count) {
        return new DialogState(language, step, service, trip, legal, job, placeOptions, queue, asked, count,
                handedOff, optedOut, pending);
    }

    /** @param value whether a person now answers @return this state with the flag */
    public DialogState withHandedOff(boolean value) {
        return new DialogState(language, step, service, trip, legal, job, placeOptions, queue, asked, misses,
                value, optedOut, pending);
    }

    /** @param value whether the worker opted out @return this state with the flag */
    public DialogState withOptedOut(boolean value) {
        return new DialogState(language, step, service, trip, legal, job, placeOptions, queue, asked, misses,
                handedOff, value, pending);
    }

    /**
     * @param change the change to confirm
     * @return this state asking the worker to confirm it ({@link Step#CONFIRM_CHANGE})
     */
    public DialogState withPendingChange(PendingChange change) {
        return new DialogState(language, Step.CONFIRM_CHANGE, service, trip, legal, job, List.of(), queue, asked,
                misses, handedOff, optedOut, change);
    }

    /** @param s a step @return true if it was asked in the current intake */
    public boolean wasAsked(Step s) {
        return (asked & (1L << s.ordinal())) != 0;
    }

    // ---- encoding ------------------------------------------------------------------------------

    /**
     * Encodes the state as {@code key=value} pairs joined by {@code ;}, e.g.
     * {@code v=2;l=zh;s=ASK_DATE;d=3415;o=3301;p=2}; texts are escaped ({@code % ; =} and line
     * breaks as %XX). Always at most {@link #MAX_ENCODED} characters.
     *
     * @return the encoded state
     */
    public String encode() {
        StringBuilder b = new StringBuilder("v=").append(VERSION).append(";l=").append(language)
                .append(";s=").append(step.name());
        put(b, "sv", service);
        put(b, "d", trip.destinationCode());
        put(b, "o", trip.originCode());
        put(b, "t", trip.travelDate());
        put(b, "te", trip.earliestDate());
        put(b, "tl", trip.latestDate());
        put(b, "p", trip.partySize());
        put(b, "n", escape(trip.notes()));
        put(b, "lx", escape(legal.text()));
        put(b, "lt", legal.topic());
        put(b, "le", escape(legal.employer()));
        put(b, "lf", escape(legal.foreman()));
        put(b, "ls", legal.siteCode());
        put(b, "la", legal.amountFen());
        put(b, "lm", legal.monthsUnpaid());
        put(b, "lc", legal.coWorkersOwed());
        if (!legal.evidence().isEmpty()) {
            put(b, "lv", String.join(",", EnumSet.copyOf(legal.evidence()).stream().map(Enum::name).toList()));
        }
        if (legal.urgent()) b.append(";lu=1");
        WageFacts w = legal.wage();
        put(b, "wp", escape(w.project()));
        put(b, "wt", w.trade());
        put(b, "wf", w.workedFrom());
        put(b, "wl", w.workedTo());
        if (w.ended() != null) put(b, "we", w.ended() ? 1 : 0);
        put(b, "wd", w.endedOn());
        if (w.absconded()) b.append(";wa=1");
        put(b, "ws", escape(w.subcontractor()));
        put(b, "wg", escape(w.generalContractor()));
        put(b, "wc", escape(w.client()));
        put(b, "jx", escape(job.text()));
        put(b, "jw", job.want());
        put(b, "jt", job.trade());
        put(b, "jl", job.locationCode());
        put(b, "ja", job.availableFrom());
        if (!placeOptions.isEmpty()) put(b, "x", String.join(",", placeOptions));
        if (!queue.isEmpty()) put(b, "q", String.join(",", queue.stream().map(Service::name).toList()));
        if (asked != 0) put(b, "k", Long.toString(asked, 36));
        if (misses != 0) put(b, "m", misses);
        if (handedOff) b.append(";h=1");
        if (optedOut) b.append(";u=1");
        if (pending != null) {
            TripChange c = pending.change();
            put(b, "cr", pending.requestId());
            put(b, "ck", c.kind());
            put(b, "cp", c.partySize());
            put(b, "ct", c.travelDate());
            put(b, "cs", c.shiftDays());
            put(b, "cd", c.destinationCode());
        }
        return b.toString();
    }

    /**
     * Reads a string made by {@link #encode()}. Never throws: null, blank, too long or malformed
     * input gives {@link #initial()}; unknown keys are ignored.
     *
     * @param encoded the stored string, possibly null
     * @return the state it encodes, or the initial state
     */
    public static DialogState decode(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > MAX_ENCODED) {
            return initial();
        }
        try {
            Map<String, String> f = new LinkedHashMap<>();
            for (String pair : encoded.strip().split(";")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || f.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
                    return initial();
                }
            }
            if (!VERSION.equals(f.get("v"))) {
                return initial();
            }
            TripSlots trip = new TripSlots(f.get("d"), f.get("o"), get(f, "t", LocalDate::parse),
                    get(f, "te", LocalDate::parse), get(f, "tl", LocalDate::parse), get(f, "p", Integer::valueOf),
                    unescape(f.get("n")));
            Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
            if (f.get("lv") != null) {
                for (String e : f.get("lv").split(",")) evidence.add(Evidence.valueOf(e));
            }
            LegalSlots legal = new LegalSlots(unescape(f.get("lx")), get(f, "lt", LegalTopic::valueOf),
                    unescape(f.get("le")), f.get("ls"), get(f, "la", Long::valueOf), get(f, "lm", Integer::valueOf),
                    get(f, "lc", Integer::valueOf), evidence, "1".equals(f.get("lu")), unescape(f.get("lf")),
                    new WageFacts(unescape(f.get("wp")), get(f, "wt", Trade::valueOf), get(f, "wf", LocalDate::parse),
                            get(f, "wl", LocalDate::parse), get(f, "we", "1"::equals), get(f, "wd", LocalDate::parse),
                            "1".equals(f.get("wa")), unescape(f.get("ws")), unescape(f.get("wg")),
                            unescape(f.get("wc"))));
            JobSlots job = new JobSlots(unescape(f.get("jx")), get(f, "jw", JobWant::valueOf),
                    get(f, "jt", Trade::valueOf), f.get("jl"), get(f, "ja", LocalDate::parse));
            List<String> options = f.get("x") == null ? List.of() : List.of(f.get("x").split(","));
            List<Service> queue = new ArrayList<>();
            if (f.get("q") != null) {
                for (String q : f.get("q").split(",")) queue.add(Service.valueOf(q));
            }
            Long asked = get(f, "k", k -> Long.parseLong(k, 36));
            Integer misses = get(f, "m", Integer::valueOf);
            PendingChange pending = f.get("cr") == null ? null : new PendingChange(Long.parseLong(f.get("cr")),
                    new TripChange(TripChange.Kind.valueOf(f.get("ck")), get(f, "cp", Integer::valueOf),
                            get(f, "ct", LocalDate::parse), get(f, "cs", Integer::valueOf), f.get("cd")));
            return new DialogState(f.get("l"), get(f, "s", Step::valueOf), get(f, "sv", Service::valueOf), trip,
                    legal, job, options, queue, asked == null ? 0 : asked, misses == null ? 0 : misses,
                    "1".equals(f.get("h")), "1".equals(f.get("u")), pending);
        } catch (RuntimeException garbage) {
            return initial();
        }
    }

    private static void put(StringBuilder b, String key, Object value) {
        if (value != null) {
            b.append(';').append(key).append('=').append(value);
        }
    }

    private static <T> T get(Map<String, String> f, String key, Function<String, T> parse) {
        String v = f.get(key);
        return v == null ? null : parse.apply(v);
    }

    static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '%' -> b.append("%25");
                case ';' -> b.append("%3B");
                case '=' -> b.append("%3D");
                case '\n' -> b.append("%0A");
                case '\r' -> b.append("%0D");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Cuts a text to at most {@code max} characters without splitting a surrogate pair; blank → null. */
    static String cut(String s, int max) {
        return s == null || s.isBlank() ? null : SafeText.cut(s, max);
    }

    private static void checkCode(String code) {
        if (code != null && !Place.isCode(code)) {
            throw new IllegalArgumentException("not a 2, 4 or 6 digit division code: " + code);
        }
    }
}
