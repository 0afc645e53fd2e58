package org.warmline.helpdesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.ConversationSearch;
import org.warmline.conversation.api.HandOffRequested;
import org.warmline.conversation.api.MessageStored;
import org.warmline.conversation.api.OutboundMessages;
import org.warmline.conversation.api.OutboundRequest;
import org.warmline.conversation.api.TranscriptLine;
import org.warmline.conversation.api.Transcripts;
import org.warmline.core.application.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.core.application.HelpCentres;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.phone.PhoneNumber;
import org.warmline.core.domain.refusal.Forbidden;
import org.warmline.core.domain.refusal.NotFound;
import org.warmline.core.domain.staff.StaffUser;
import org.warmline.core.domain.worker.Worker;
import org.warmline.helpdesk.domain.CannedReply;
import org.warmline.helpdesk.domain.Note;
import org.warmline.helpdesk.domain.Ticket;
import org.warmline.helpdesk.domain.TicketQuery;
import org.warmline.helpdesk.domain.TicketRepository;
import org.warmline.helpdesk.domain.Triage;

/**
 * The operators' conversations (owner of {@code hd_ticket}, {@code hd_note}): keeps one ticket per
 * conversation from conversation's events, triages new messages (danger words → urgent, service
 * keywords, the centre serving a named place), answers the queue's queries and carries out operators'
 * changes — each checked against the viewer's centre and written to the audit log.
 */
@ApplicationScoped
@Transactional
public class TicketService {

    private static final Logger LOG = Logger.getLogger(TicketService.class.getName());

    /** The rule code of a refusal for another help centre's conversation. */
    public static final String CENTRE_OUTSIDE = "centre.outside";

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TicketRepository repository;

    @Inject
    Transcripts transcripts;

    @Inject
    ConversationSearch search;

    @Inject
    OutboundMessages outbound;

    @Inject
    WorkerDirectory workers;

    @Inject
    HelpCentres centres;

    @Inject
    AuditLog audit;

    @Inject
    Event<TicketChanged> changed;

    @Inject
    StaffDirectory staff;

    @Inject
    CentreCoverage coverage;

    @Inject
    @ConfigProperty(name = "warmline.helpdesk.auto-assign", defaultValue = "false")
    boolean autoAssign;

    /** Round-robin position per centre (this node; in a cluster each node rotates on its own). */
    private final Map<String, AtomicInteger> rotation = new ConcurrentHashMap<>();

    /** A page of the queue. @param total matching tickets @param tickets this page */
    public record Page(long total, List<Ticket> tickets) { }

    /**
     * Several stored messages in one transaction, in order (the helpdesk's batch from
     * {@link TicketEvents}); the same as {@link #applyStored} for each. Joins the caller's transaction
     * (the event registry's, which marks the events done in it).
     *
     * @param batch committed messages, oldest first
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void applyStoredAll(java.util.List<MessageStored> batch) {
        for (MessageStored stored : batch) {
            applyStored(stored);
        }
    }

    /**
     * A stored message (applied after its commit through {@link TicketEvents}, in the event registry's
     * transaction): creates the conversation's ticket, and for the worker's messages triages the text.
     *
     * @param stored the event
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void applyStored(MessageStored stored) {
        Instant now = clock.instant();
        Ticket ticket = ticketFor(stored.conversationId(), stored.workerId(), stored.channel(), now);
        if ("INBOUND".equals(stored.direction())) {
            ticket.inbound(now);
            String text = stored.body() == null ? "" : stored.body(); // every INBOUND event carries its text
            Optional<String> danger = Triage.dangerWord(text);
            if (danger.isPresent()) {
                ticket.flagDanger(danger.get(), now);
                audit.record("system", "conversation.urgent", "conversation", Long.toString(stored.conversationId()),
                        "danger word: " + danger.get());
                LOG.info(() -> "Conversation " + stored.conversationId() + " marked urgent (danger word)");
            }
            if (ticket.service() == null) {
                Triage.service(text).ifPresent(s -> ticket.setService(s, now));
            }
            if (ticket.assignee() == null) {
                // never moved away from someone already working on it (they would lose sight of it)
                centres.centreForText(text).ifPresent(ticket::routeTo);
                coverage.climbIfUnstaffed(ticket);
            }
            autoAssign(ticket);
        }
        changed.fire(new TicketChanged(ticket.id(), ticket.centreCode(), "message"));
    }

    /**
     * A hand-off (applied after its commit through {@link TicketEvents}, in the event registry's
     * transaction): the conversation waits for an operator, with the bot's reason.
     *
     * @param event the hand-off
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void applyHandOff(HandOffRequested event) {
        Ticket ticket = ticketFor(event.conversationId(), event.workerId(), event.channel(), event.at());
        ticket.handedOff(event.reason(), clock.instant());
        if (ticket.assignee() == null) {
            // the hand-off can arrive before the helpdesk has read the worker's messages (they are applied
            // in batches): route by what the worker wrote before choosing an operator of the right centre
            routeByTranscript(ticket);
            coverage.climbIfUnstaffed(ticket);
        }
        autoAssign(ticket);
        changed.fire(new TicketChanged(ticket.id(), ticket.centreCode(), "hand-off"));
    }

    /** Routes the ticket by the worker's messages in its conversation, most recent first. */
    private void routeByTranscript(Ticket ticket) {
        List<TranscriptLine> lines = transcripts.transcripts(List.of(ticket.conversationId()))
                .getOrDefault(ticket.conversationId(), List.of());
        for (int i = lines.size() - 1; i >= 0; i--) {
            TranscriptLine line = lines.get(i);
            if ("INBOUND".equals(line.direction())) {
                Optional<String> centre = centres.centreForText(line.body());
                if (centre.isPresent()) {
                    ticket.routeTo(centre.get());
                    return;
                }
            }
        }
    }

    /**
     * With {@code warmline.helpdesk.auto-assign=true}: an open, unassigned conversation goes to the
     * next operator on duty of its centre, in turn (round-robin by user name).
     */
    private void autoAssign(Ticket ticket) {
        if (!autoAssign || ticket.assignee() != null || ticket.status() != Ticket.Status.OPEN) {
            return;
        }
        List<String> operators = staff.all().stream().filter(u -> u.isOnDutyOperatorOf(ticket.centreCode()))
                .map(StaffUser::username).sorted().toList();
        if (operators.isEmpty()) {
            return;
        }
        int turn = rotation.computeIfAbsent(ticket.centreCode(), c -> new AtomicInteger()).getAndIncrement();
        String operator = operators.get(Math.floorMod(turn, operators.size()));
        ticket.assign(operator, clock.instant());
        audit.record("system", "conversation.auto-assign", "conversation", Long.toString(ticket.conversationId()),
                "assignee " + operator);
    }

    private Ticket ticketFor(long conversationId, long workerId, Channel channel, Instant now) {
        Optional<Ticket> existing = em.createQuery("select t from Ticket t where t.conversationId = :c", Ticket.class)
                .setParameter("c", conversationId).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Ticket ticket = new Ticket(conversationId, workerId, channel, centres.defaultCentre(), now);
        em.persist(ticket);
        em.flush();
        return ticket;
    }

    /**
     * @param viewer who asks
     * @param filter what to show
     * @param page   0-based page
     * @param size   page size (1..200)
     * @return the page, urgent first, then longest waiting, then most recent
     */
    public Page list(Viewer viewer, TicketFilter filter, int page, int size) {
        wakeSnoozed();
        TicketQuery query = query(viewer, filter, filter.query() == null ? null : matching(filter.query()));
        int pageSize = Math.max(1, Math.min(size, 200));
        List<Ticket> found = repository.page(query, Math.max(0, page) * pageSize, pageSize);
        return new Page(repository.count(query), found);
    }

    /**
     * The queue's filter as the repository reads it (issue 2's rules): staff of one centre see only their
     * centre, supervisors and admins every centre or the one they pick; without a status and a search, the
     * active statuses (open, pending, snoozed), with a search or "all" every status.
     *
     * @param viewer   who asks
     * @param filter   what they picked
     * @param matching what their search found, or null without a search
     * @return the query
     */
    static TicketQuery query(Viewer viewer, TicketFilter filter, TicketQuery.Matching matching) {
        String centre = !viewer.seesAll() ? viewer.centreCode() : filter.centre();
        Set<Ticket.Status> statuses = filter.status() != null ? Set.of(filter.status())
                : filter.query() == null && !filter.everyStatus() ? TicketQuery.ACTIVE : Set.of();
        return new TicketQuery(centre, statuses, filter.mine() ? viewer.username() : null, filter.unassigned(),
                filter.service(), filter.priority(), filter.label(), matching);
    }

    /** @param text a search: words of a message, a phone number, or its last four digits @return what it finds */
    private TicketQuery.Matching matching(String text) {
        List<Long> byWorker = new ArrayList<>();
        String digits = text.replaceAll("[\\s-]", "");
        if (digits.matches("\\d{4}")) {
            // the last four digits of the worker's phone, as a worker reads them out
            byWorker.addAll(workers.idsByPhoneEnding(digits, 1000));
        }
        if (digits.matches("\\+?\\d{6,15}")) {
            try {
                workers.byPhone(PhoneNumber.parse(digits)).ifPresent(w -> byWorker.add(w.id()));
            } catch (RuntimeException e) {
                // not a phone number: search the text only
            }
        }
        return new TicketQuery.Matching(search.conversationsMentioning(text, 1000), byWorker);
    }

    /**
     * Opens every snoozed conversation whose time has come (called by {@link SnoozeWaker} and before the
     * queue is read); each goes out as a status change.
     *
     * @return how many were woken
     */
    public int wakeSnoozed() {
        Instant now = clock.instant();
        int[] woken = {0};
        repository.snoozedDue(now).forEach(t -> {
                    if (t.wakeIfDue(now)) {
                        woken[0]++;
                        audit.record("system", "conversation.wake", "conversation", Long.toString(t.conversationId()),
                                "snooze ended");
                        changed.fire(new TicketChanged(t.id(), t.centreCode(), "status"));
                    }
                });
        return woken[0];
    }

    /**
     * @param conversationId a conversation (conversation module's id)
     * @return its ticket's id and centre, or empty when the helpdesk has none
     */
    public Optional<TicketChanged> ticketOfConversation(long conversationId) {
        return repository.byConversation(conversationId).map(t -> new TicketChanged(t.id(), t.centreCode(), "delivery"));
    }

    /**
     * The bot's hand-offs still waiting for an operator ({@code GET /api/helpdesk/queue}).
     *
     * @param viewer who asks; staff of one centre see only its conversations
     * @param limit  at most this many (1..500)
     * @return open tickets with a waiting hand-off, longest waiting first
     */
    public List<Ticket> waitingHandOffs(Viewer viewer, int limit) {
        return repository.waitingHandOffs(viewer.seesAll() ? null : viewer.centreCode(), Math.max(1, Math.min(limit, 500)));
    }

    /**
     * @param viewer who asks
     * @param id     ticket id
     * @return the ticket
     * @throws NotFound  (code {@code conversation.not-found}) if there is none
     * @throws Forbidden (code {@code centre.outside}) if it belongs to another centre; the attempt is audited
     */
    public Ticket get(Viewer viewer, long id) {
        Ticket ticket = repository.byId(id).orElse(null);
        if (ticket == null) {
            throw new NotFound("conversation.not-found", "no conversation " + id + " in the helpdesk");
        }
        if (!viewer.maySee(ticket.centreCode())) {
            audit.recordRefusal(viewer.username(), "conversation.denied", "conversation",
                    Long.toString(ticket.conversationId()), "centre " + ticket.centreCode());
            throw new Forbidden(CENTRE_OUTSIDE, "this conversation belongs to another help centre");
        }
        return ticket;
    }

    /** @param viewer who asks @param id ticket @return its notes, oldest first */
    public List<Note> notes(Viewer viewer, long id) {
        get(viewer, id);
        return em.createQuery("select n from Note n where n.ticketId = :t order by n.id", Note.class)
                .setParameter("t", id).getResultList();
    }

    /**
     * @param viewer   who
     * @param id       ticket
     * @param assignee user name, or null/blank to unassign
     * @return the ticket
     */
    public Ticket assign(Viewer viewer, long id, String assignee) {
        Ticket t = get(viewer, id);
        t.assign(assignee, clock.instant());
        return done(viewer, t, "conversation.assign", "assignee " + (t.assignee() == null ? "-" : t.assignee()));
    }

    /**
     * @param viewer       who
     * @param id           ticket
     * @param status       new status
     * @param snoozedUntil for SNOOZED, until when (null = the worker's next message)
     * @return the ticket
     */
    public Ticket changeStatus(Viewer viewer, long id, Ticket.Status status, Instant snoozedUntil) {
        Ticket t = get(viewer, id);
        t.changeStatus(status, snoozedUntil, clock.instant());
        return done(viewer, t, "conversation.status", "status " + status
                + (snoozedUntil == null ? "" : " until " + snoozedUntil));
    }

    /**
     * Puts a conversation aside until a time or the worker's next message (whichever comes first when a
     * time is given: a message from the worker always brings it back).
     *
     * @param viewer who
     * @param id     ticket
     * @param until  until when, or null for "until the worker's next message"
     * @return the ticket
     * @throws InvalidFields (422) if the time is not in the future
     */
    public Ticket snooze(Viewer viewer, long id, Instant until) {
        Ticket t = get(viewer, id);
        if (until != null && !until.isAfter(clock.instant())) {
            throw new InvalidFields(Map.of("until", "must be in the future"));
        }
        t.changeStatus(Ticket.Status.SNOOZED, until, clock.instant());
        return done(viewer, t, "conversation.snooze", until == null ? "until the worker's next message" : "until " + until);
    }

    /** @param viewer who @param id ticket @param priority new priority @return the ticket */
    public Ticket changePriority(Viewer viewer, long id, Ticket.Priority priority) {
        Ticket t = get(viewer, id);
        t.setPriority(priority);
        return done(viewer, t, "conversation.priority", "priority " + priority);
    }

    /** @param viewer who @param id ticket @param labels the labels @return the ticket */
    public Ticket setLabels(Viewer viewer, long id, Set<String> labels) {
        Ticket t = get(viewer, id);
        t.setLabels(labels, clock.instant());
        return done(viewer, t, "conversation.labels", "labels " + String.join(",", t.labels()));
    }

    /** @param viewer who @param id ticket @param service the service, or null @return the ticket */
    public Ticket setService(Viewer viewer, long id, Ticket.Service service) {
        Ticket t = get(viewer, id);
        t.setService(service, clock.instant());
        return done(viewer, t, "conversation.service", "service " + service);
    }

    /**
     * Moves a conversation to another help centre (supervisors, or staff of its current centre).
     *
     * @param viewer who
     * @param id     ticket
     * @param centre the centre's code
     * @return the ticket
     */
    public Ticket moveToCentre(Viewer viewer, long id, String centre) {
        Ticket t = get(viewer, id);
        if (centres.byCode(centre).isEmpty()) {
            throw new IllegalArgumentException("no help centre " + centre);
        }
        String from = t.centreCode();
        t.moveToCentre(centre, clock.instant());
        changed.fire(new TicketChanged(t.id(), from, "centre"));
        return done(viewer, t, "conversation.centre", "centre " + from + " -> " + centre);
    }

    /** @param viewer who @param id ticket @param body note text @return the note */
    public Note addNote(Viewer viewer, long id, String body) {
        Ticket t = get(viewer, id);
        Note note = new Note(t.id(), viewer.username(), body, clock.instant());
        em.persist(note);
        done(viewer, t, "conversation.note", "note of " + body.length() + " characters");
        return note;
    }

    /**
     * Sends an operator's reply through conversation's outbox (kind OPERATOR), filed in the ticket's
     * conversation; the outbox sends it on the channel the worker last wrote on (the ticket's channel
     * unless they have since written on another where they can be reached).
     *
     * @param viewer who
     * @param id     ticket
     * @param body   the text
     * @return the outbound message id
     */
    public long reply(Viewer viewer, long id, String body) {
        Ticket t = get(viewer, id);
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a reply needs a text");
        }
        long messageId = outbound.queue(new OutboundRequest(t.workerId(), t.channel(), null, body,
                OutboundRequest.Kind.OPERATOR, null, t.conversationId()));
        t.operatorReplied(clock.instant());
        em.persist(new org.warmline.helpdesk.domain.OperatorMessage(messageId, t.id(), viewer.username(), clock.instant()));
        if (t.assignee() == null) {
            t.assign(viewer.username(), clock.instant());
        }
        done(viewer, t, "conversation.reply", "message " + messageId + " (" + body.length() + " characters)");
        return messageId;
    }

    /**
     * Shows the worker's full phone number, recorded in the audit log.
     *
     * @param viewer who
     * @param id     ticket
     * @return the E.164 number, or null (a web-chat worker without a phone)
     */
    public String revealPhone(Viewer viewer, long id) {
        Ticket t = get(viewer, id);
        Optional<Worker> worker = workers.byId(t.workerId());
        audit.record(viewer.username(), "phone.reveal", "conversation", Long.toString(t.conversationId()),
                "worker " + t.workerId());
        return worker.map(Worker::phone).map(PhoneNumber::e164).orElse(null);
    }

    /**
     * @param ticketId a ticket
     * @return who on the staff wrote each of its outgoing messages, by message id
     */
    public Map<Long, String> operatorAuthors(long ticketId) {
        Map<Long, String> authors = new HashMap<>();
        em.createQuery("select m from OperatorMessage m where m.ticketId = :t",
                        org.warmline.helpdesk.domain.OperatorMessage.class)
                .setParameter("t", ticketId).getResultList().forEach(m -> authors.put(m.messageId(), m.author()));
        return authors;
    }

    /** @param language zh or en, or null for all @return the canned replies */
    public List<CannedReply> cannedReplies(String language) {
        return em.createQuery("select c from CannedReply c order by c.id", CannedReply.class).getResultList().stream()
                .filter(c -> language == null || language.equals(c.language())).toList();
    }

    /**
     * @param viewer who
     * @param since  tickets created since
     * @return tickets the viewer may see that were created since, or are not resolved
     */
    public List<Ticket> forDashboard(Viewer viewer, Instant since) {
        return repository.createdSinceOrUnresolved(since, viewer.seesAll() ? null : viewer.centreCode());
    }

    private Ticket done(Viewer viewer, Ticket t, String action, String detail) {
        audit.record(viewer.username(), action, "conversation", Long.toString(t.conversationId()), detail);
        changed.fire(new TicketChanged(t.id(), t.centreCode(), action));
        return t;
    }
}
