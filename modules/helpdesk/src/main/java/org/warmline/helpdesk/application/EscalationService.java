package org.warmline.helpdesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warmline.conversation.api.DialogFacts;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.WorkerFileSource;
import org.warmline.core.domain.place.Gazetteer;
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
     * Checks that the viewer may escalate this conversation into the module (its centre, a role that works
     * the module), before their form is read: a refusal is audited and answered 403 whatever the form says.
     *
     * @param viewer  who (centre and role checked)
     * @param roles   the viewer's roles (OPERATOR, COORDINATOR …)
     * @param id      ticket id
     * @param service the module
     * @throws Forbidden for another centre's conversation or a role that does not work the module
     */
    public void mayEscalate(Viewer viewer, Set<String> roles, long id, Ticket.Service service) {
        mayWork(viewer, roles, service, tickets.get(viewer, id));
    }

    /**
     * Creates a request in a service module from the operator's (corrected) form, read and checked field by
     * field at the edge ({@link EscalationForm}); fields the operator left empty fall back to what the worker
     * said (the description to their first message).
     *
     * @param viewer who (centre and role checked)
     * @param roles  the viewer's roles (OPERATOR, COORDINATOR …)
     * @param id     ticket id
     * @param form   the module's form, typed and checked
     * @return the link
     * @throws Forbidden for another centre's conversation or a role that does not work the module
     *                   (code {@code centre.outside} or {@code role.forbidden})
     */
    public Escalation create(Viewer viewer, Set<String> roles, long id, EscalationForm form) {
        Ticket t = tickets.get(viewer, id);
        Ticket.Service service = form.service();
        mayWork(viewer, roles, service, t);
        DialogFacts.Facts f = factsOf(t);
        long requestId;
        String kind;
        String detail;
        if (form instanceof EscalationForm.Trip trip) {
            TripRequestDraft draft = new TripRequestDraft(t.workerId(), f.ref(), trip.destinationCode(),
                    trip.originCode(), trip.travelDate(), trip.partySize(), trip.earliestDate(), trip.latestDate(),
                    trip.notes());
            // the conversation's unconfirmed draft (the bot's) is corrected, or a new request made; the operator
            // has settled it with the worker, so it is confirmed
            returnHome.draft(draft);
            requestId = returnHome.confirm(f.ref());
            kind = "trip-request";
            detail = trip.originCode() + " -> " + trip.destinationCode() + ", " + trip.travelDate() + ", "
                    + trip.partySize() + " people";
        } else if (form instanceof EscalationForm.Legal legal) {
            requestId = legalAid.openConsultation(new ConsultationIntake(t.workerId(), f.ref(),
                    legal.text() != null ? legal.text() : f.firstText(), legal.topic(), legal.employer(),
                    legal.siteCode(), legal.amountFen(), legal.monthsUnpaid(), legal.coWorkersOwed(),
                    legal.evidence(), legal.urgent()));
            kind = "consultation";
            detail = legal.topic() + (legal.monthsUnpaid() == null ? "" : ", " + legal.monthsUnpaid() + " months")
                    + (legal.amountFen() == null ? "" : ", " + legal.amountFen() + " fen");
        } else {
            EscalationForm.Job job = (EscalationForm.Job) form;
            requestId = jobs.registerJobSeeker(new JobSeekerIntake(t.workerId(), f.ref(),
                    job.text() != null ? job.text() : f.firstText(), job.want(), job.trade(), job.locationCode(),
                    job.availableFrom()));
            kind = "job-seeker";
            detail = job.want() + (job.trade() == null ? "" : ", " + job.trade())
                    + (job.locationCode() == null ? "" : ", " + job.locationCode());
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
}
