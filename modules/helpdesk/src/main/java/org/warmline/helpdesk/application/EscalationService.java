package org.warmline.helpdesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
@Transactional(dontRollbackOn = ForbiddenException.class) // a refused attempt stays in the audit log
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
     * @throws ForbiddenException  for another centre's conversation or a role that does not work the module
     * @throws InvalidFields   (422) naming each field that is missing or breaks a rule
     */
    public Escalation create(Viewer viewer, Set<String> roles, long id, Ticket.Service service, JsonObject form) {
        Ticket t = tickets.get(viewer, id);
        mayWork(viewer, roles, service, t);
        DialogFacts.Facts f = factsOf(t);
        EscalationForm in = new EscalationForm(form == null ? JsonValue.EMPTY_JSON_OBJECT : form, gazetteer);
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
                in.travelWindow(travel, earliest, latest, LocalDate.now(clock.withZone(CHINA)));
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
     * @throws ForbiddenException   for another centre's conversation or a role that does not work the module
     * @throws InvalidFields    (422) if the request is not one of this worker's
     * @throws ClientErrorException (409) if it is linked already
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
            throw new ClientErrorException(module + " request " + requestId + " is linked to this conversation already", 409);
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
            throw new ForbiddenException("escalating into " + service + " needs one of the roles " + allowed);
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
}
