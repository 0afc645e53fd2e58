package org.warmline.helpdesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warmline.conversation.api.DialogFacts;
import org.warmline.conversation.api.TradeWords;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.WorkerFileSource;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceResolution;
import org.warmline.core.domain.refusal.Forbidden;
import org.warmline.core.domain.refusal.RuleViolation;
import org.warmline.helpdesk.domain.Escalation;
import org.warmline.helpdesk.domain.Ticket;
import org.warmline.jobs.api.JobSeekerIntake;
import org.warmline.jobs.api.JobsIntake;
import org.warmline.legalaid.api.ConsultationIntake;
import org.warmline.legalaid.api.LegalAidIntake;
import org.warmline.returnhome.api.ReturnHomeIntake;
import org.warmline.returnhome.api.TripRequestDraft;

/**
 * Escalating a conversation into a service module (issue 5 item 4): the form pre-filled from what the
 * dialog learned ({@link DialogFacts}), creating the request through the module's {@code api} only
 * (a confirmed trip request, a legal consultation, a job-seeker request), or linking a request the worker
 * already has (their file, 一人一档). Each is checked against the viewer's centre (as every conversation
 * write, {@link TicketService#get}) and role (who works the module), kept as an {@code hd_escalation}
 * row and written to the audit log.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Forbidden.class) // a refused attempt stays in the audit log
public class EscalationService {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Longest text kept as the worker's description of a consultation or job request. */
    static final int MAX_TEXT = 2000;

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    TicketService tickets;

    @Inject
    DialogFacts facts;

    @Inject
    ReturnHomeIntake returnHome;

    @Inject
    LegalAidIntake legalAid;

    @Inject
    JobsIntake jobs;

    @Inject
    @Any
    Instance<WorkerFileSource> fileSources;

    @Inject
    Gazetteer gazetteer;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<TicketChanged> changed;

    /**
     * The forms pre-filled from the conversation.
     *
     * @param trip   return-home fields
     * @param legal  legal-aid fields (description defaults to the worker's first message)
     * @param job    jobs fields (description defaults to the worker's first message)
     * @param places place code → name, for every code in the three
     */
    public record Drafts(DialogFacts.Trip trip, DialogFacts.Legal legal, DialogFacts.Job job, Map<String, String> places) { }

    /**
     * @param viewer who asks (centre checked: 403 for another centre's conversation)
     * @param id     ticket id
     * @return the three forms, filled with what the worker said
     */
    public Drafts drafts(Viewer viewer, long id) {
        Ticket t = tickets.get(viewer, id);
        DialogFacts.Facts f = factsOf(t);
        DialogFacts.Legal l = f.legal();
        DialogFacts.Job j = f.job();
        DialogFacts.Legal legal = new DialogFacts.Legal(l.text() != null ? l.text() : f.firstText(),
                l.topic() != null ? l.topic() : "WAGE_ARREARS", l.employer(), l.siteCode(), l.amountFen(),
                l.monthsUnpaid(), l.coWorkersOwed(), l.evidence(), l.urgent());
        DialogFacts.Job job = new DialogFacts.Job(j.text() != null ? j.text() : f.firstText(),
                j.want() != null ? j.want() : "JOB", j.trade(), j.locationCode(), j.availableFrom());
        Map<String, String> places = new LinkedHashMap<>();
        for (String code : new String[] {f.trip().destinationCode(), f.trip().originCode(), l.siteCode(), j.locationCode()}) {
            if (code != null) {
                gazetteer.byCode(code).ifPresent(p -> places.put(code, p.name()));
            }
        }
        return new Drafts(f.trip(), legal, job, places);
    }

    private DialogFacts.Facts factsOf(Ticket t) {
        return facts.factsOf(t.conversationId())
                .orElseThrow(() -> new IllegalStateException("conversation " + t.conversationId() + " is gone"));
    }

    /**
     * Creates a request in a service module from the operator's (corrected) form.
     *
     * @param viewer  who (centre and role checked)
     * @param roles   the viewer's roles (OPERATOR, COORDINATOR …)
     * @param id      ticket id
     * @param service the module
     * @param form    the fields: for RETURNHOME destination, origin (GB/T 2260 code or place name), travelDate,
     *                earliestDate, latestDate (ISO dates, Asia/Shanghai), partySize (1..60), notes; for LEGALAID
     *                topic, text, employer, site, amountFen (fen, ≥ 0), monthsUnpaid, coWorkersOwed, evidence
     *                (array), urgent; for JOBS want, text, trade, location, availableFrom
     * @return the link
     * @throws Forbidden     for another centre's conversation or a role that does not work the module
     *                        (code {@code centre.outside} or {@code role.forbidden})
     * @throws InvalidFields (422) naming each field that is missing or breaks a rule
     */
    public Escalation create(Viewer viewer, Set<String> roles, long id, Ticket.Service service, JsonObject form) {
        Ticket t = tickets.get(viewer, id);
        mayWork(viewer, roles, service, t);
        DialogFacts.Facts f = factsOf(t);
        Form in = new Form(form == null ? JsonValue.EMPTY_JSON_OBJECT : form);
        long requestId;
        String kind;
        String detail;
        switch (service) {
            case RETURNHOME -> {
                String destination = in.place("destination", true);
                String origin = in.place("origin", true);
                LocalDate travel = in.date("travelDate", true);
                LocalDate earliest = in.date("earliestDate", false);
                LocalDate latest = in.date("latestDate", false);
                Integer party = in.integer("partySize", true, 1, 60);
                String notes = in.text("notes", 500);
                if (travel != null && travel.isBefore(LocalDate.now(clock.withZone(CHINA)))) {
                    in.error("travelDate", "the travel date has passed");
                }
                if (travel != null && (earliest != null && earliest.isAfter(travel)
                        || latest != null && latest.isBefore(travel))) {
                    in.error("travelDate", "the travel window must contain the travel date");
                }
                in.check();
                TripRequestDraft draft = new TripRequestDraft(t.workerId(), f.ref(), destination, origin, travel, party,
                        earliest, latest, notes);
                // the conversation's unconfirmed draft (the bot's) is corrected, or a new request made; the operator
                // has settled it with the worker, so it is confirmed
                returnHome.draft(draft);
                requestId = returnHome.confirm(f.ref());
                kind = "trip-request";
                detail = origin + " -> " + destination + ", " + travel + ", " + party + " people";
            }
            case LEGALAID -> {
                String topic = in.choice("topic", ConsultationIntake.TOPICS, true);
                String text = in.text("text", MAX_TEXT);
                String employer = in.text("employer", 200);
                String site = in.place("site", false);
                Long amount = in.whole("amountFen", 0, 100_000_000_00L);
                Integer months = in.integer("monthsUnpaid", false, 0, 240);
                Integer coWorkers = in.integer("coWorkersOwed", false, 0, 100_000);
                List<String> evidence = in.choices("evidence", ConsultationIntake.EVIDENCE);
                boolean urgent = in.bool("urgent");
                in.check();
                requestId = legalAid.openConsultation(new ConsultationIntake(t.workerId(), f.ref(),
                        text != null ? text : f.firstText(), topic, employer, site, amount, months, coWorkers, evidence,
                        urgent));
                kind = "consultation";
                detail = topic + (months == null ? "" : ", " + months + " months")
                        + (amount == null ? "" : ", " + amount + " fen");
            }
            case JOBS -> {
                String want = in.choice("want", JobSeekerIntake.WANTS, true);
                String text = in.text("text", MAX_TEXT);
                // the trade in the worker's words (焊工, 电焊, 普工) or as a standard name, read as the bot reads it
                String tradeText = in.text("trade", 32);
                String trade = TradeWords.read(tradeText).orElse(null);
                if (tradeText != null && trade == null) {
                    in.error("trade", "no trade recognised; write it as workers say it, e.g. 焊工, 电焊, 普工, 电工");
                }
                String location = in.place("location", false);
                LocalDate from = in.date("availableFrom", false);
                in.check();
                requestId = jobs.registerJobSeeker(new JobSeekerIntake(t.workerId(), f.ref(),
                        text != null ? text : f.firstText(), want, trade, location, from));
                kind = "job-seeker";
                detail = want + (trade == null ? "" : ", " + trade) + (location == null ? "" : ", " + location);
            }
            default -> throw new IllegalArgumentException("unknown service " + service);
        }
        return record(viewer, t, service, kind, requestId, Escalation.Mode.CREATED, detail);
    }

    /**
     * Links a request the worker already has (from their file) to the conversation.
     *
     * @param viewer    who (centre and role checked)
     * @param roles     the viewer's roles
     * @param id        ticket id
     * @param service   the module
     * @param requestId the request's id in the module
     * @return the link
     * @throws Forbidden     for another centre's conversation or a role that does not work the module
     * @throws InvalidFields (422) if the request is not one of this worker's
     * @throws RuleViolation (409, code {@code escalation.linked-already}) if it is linked already
     */
    public Escalation link(Viewer viewer, Set<String> roles, long id, Ticket.Service service, long requestId) {
        Ticket t = tickets.get(viewer, id);
        mayWork(viewer, roles, service, t);
        String module = service.name().toLowerCase(java.util.Locale.ROOT);
        WorkerFileSource.Entry entry = fileSources.stream().flatMap(s -> s.entriesFor(t.workerId()).stream())
                .filter(e -> e.service().equals(module) && e.id() == requestId).findFirst()
                .orElseThrow(() -> new InvalidFields(Map.of("requestId",
                        "no " + module + " request " + requestId + " in this worker's file")));
        boolean linked = !em.createQuery("select e.id from Escalation e where e.ticketId = :t and e.service = :s"
                        + " and e.requestId = :r", Long.class).setParameter("t", t.id()).setParameter("s", service.name())
                .setParameter("r", requestId).getResultList().isEmpty();
        if (linked) {
            throw new RuleViolation("escalation.linked-already",
                    module + " request " + requestId + " is linked to this conversation already");
        }
        return record(viewer, t, service, entry.kind(), requestId, Escalation.Mode.LINKED, entry.status());
    }

    /** @param viewer who @param id ticket @return the conversation's escalations, oldest first */
    public List<Escalation> of(Viewer viewer, long id) {
        Ticket t = tickets.get(viewer, id);
        return em.createQuery("select e from Escalation e where e.ticketId = :t order by e.id", Escalation.class)
                .setParameter("t", t.id()).getResultList();
    }

    /**
     * Who works which module: operators and supervisors/admins escalate into any; otherwise coordinators
     * into returnhome, legal-aid staff into legalaid, job counsellors into jobs (roles of issue 5 item 1).
     */
    private void mayWork(Viewer viewer, Set<String> roles, Ticket.Service service, Ticket t) {
        Set<String> allowed = new LinkedHashSet<>(List.of("OPERATOR", "SUPERVISOR", "ADMIN"));
        allowed.add(switch (service) {
            case RETURNHOME -> "COORDINATOR";
            case LEGALAID -> "LEGAL_AID";
            case JOBS -> "JOB_COUNSELOR";
        });
        if (roles.stream().noneMatch(allowed::contains)) {
            audit.recordRefusal(viewer.username(), "conversation.denied", "conversation", Long.toString(t.conversationId()),
                    "escalate into " + service + " needs one of " + allowed);
            throw new Forbidden("role.forbidden", "escalating into " + service + " needs one of the roles " + allowed);
        }
    }

    private Escalation record(Viewer viewer, Ticket t, Ticket.Service service, String kind, long requestId,
                              Escalation.Mode mode, String detail) {
        Escalation e = new Escalation(t.id(), service, kind, requestId, mode, viewer.username(), clock.instant());
        em.persist(e);
        if (t.service() == null) {
            t.setService(service, clock.instant());
        }
        String action = mode == Escalation.Mode.CREATED ? "conversation.escalate" : "conversation.link";
        audit.record(viewer.username(), action, "conversation", Long.toString(t.conversationId()),
                (mode == Escalation.Mode.CREATED ? "created " : "linked ") + service.name().toLowerCase(java.util.Locale.ROOT)
                        + " " + kind + " " + requestId + (detail == null ? "" : " (" + detail + ")"));
        changed.fire(new TicketChanged(t.id(), t.centreCode(), "escalation"));
        return e;
    }

    /** Reads a JSON form field by field, collecting every error before any is thrown. */
    private final class Form {
        private final JsonObject json;
        private final Map<String, String> errors = new LinkedHashMap<>();

        Form(JsonObject json) {
            this.json = json;
        }

        void error(String field, String message) {
            errors.putIfAbsent(field, message);
        }

        void check() {
            if (!errors.isEmpty()) {
                throw new InvalidFields(errors);
            }
        }

        private JsonValue value(String field) {
            JsonValue v = json.get(field);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL
                    || v instanceof JsonString s && s.getString().isBlank()) {
                return null;
            }
            return v;
        }

        /** An absent field: an error when it is required (and has no other error yet). @return null */
        private <T> T missing(String field, boolean required) {
            if (required && !errors.containsKey(field)) {
                error(field, "required");
            }
            return null;
        }

        String text(String field, int max) {
            JsonValue v = value(field);
            if (v == null) {
                return null;
            }
            if (!(v instanceof JsonString s)) {
                error(field, "must be text");
                return null;
            }
            String text = s.getString().strip();
            if (text.length() > max) {
                error(field, "at most " + max + " characters");
                return null;
            }
            return text;
        }

        String place(String field, boolean required) {
            String text = text(field, 60);
            if (text == null) {
                return missing(field, required);
            }
            if (text.matches("\\d+")) {
                if (!Place.isCode(text) || gazetteer.byCode(text).isEmpty()) {
                    error(field, "no place with the GB/T 2260 code " + text);
                    return null;
                }
                return text;
            }
            PlaceResolution r = gazetteer.resolve(text);
            if (r instanceof PlaceResolution.Found found) {
                return found.place().code();
            }
            if (r instanceof PlaceResolution.Ambiguous a) {
                List<String> options = new ArrayList<>();
                a.options().stream().limit(4).forEach(p -> options.add(p.code() + " " + p.name()));
                error(field, "ambiguous place; give its code: " + String.join(", ", options));
            } else {
                error(field, "unknown place");
            }
            return null;
        }

        LocalDate date(String field, boolean required) {
            String text = text(field, 10);
            if (text == null) {
                return missing(field, required);
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                error(field, "a date like 2027-01-29");
                return null;
            }
        }

        Integer integer(String field, boolean required, int min, int max) {
            Long n = whole(field, min, max);
            return n == null ? missing(field, required) : Integer.valueOf(n.intValue());
        }

        Long whole(String field, long min, long max) {
            JsonValue v = value(field);
            if (v == null) {
                return null;
            }
            long n;
            if (v instanceof JsonNumber num && num.isIntegral()) {
                n = num.longValue();
            } else if (v instanceof JsonString s && s.getString().strip().matches("-?\\d{1,15}")) {
                n = Long.parseLong(s.getString().strip());
            } else {
                error(field, "must be a whole number");
                return null;
            }
            if (n < min || n > max) {
                error(field, "must be " + min + ".." + max);
                return null;
            }
            return n;
        }

        String choice(String field, List<String> allowed, boolean required) {
            String text = text(field, 32);
            if (text == null) {
                return missing(field, required);
            }
            String upper = text.toUpperCase(java.util.Locale.ROOT);
            if (!allowed.contains(upper)) {
                error(field, "one of " + allowed);
                return null;
            }
            return upper;
        }

        List<String> choices(String field, List<String> allowed) {
            JsonValue v = value(field);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof JsonArray array)) {
                error(field, "must be a list");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (JsonValue item : array) {
                String s = item instanceof JsonString js ? js.getString().toUpperCase(java.util.Locale.ROOT) : null;
                if (s == null || !allowed.contains(s)) {
                    error(field, "each one of " + allowed);
                    return List.of();
                }
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
            return out;
        }

        boolean bool(String field) {
            JsonValue v = value(field);
            if (v == null) {
                return false;
            }
            if (v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE) {
                return v.getValueType() == JsonValue.ValueType.TRUE;
            }
            error(field, "must be true or false");
            return false;
        }
    }
}
