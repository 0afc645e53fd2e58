package org.warmline.helpdesk.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.conversation.api.InboundMedia;
import org.warmline.conversation.api.TranscriptLine;
import org.warmline.conversation.api.StaffTranscripts;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.application.WorkerFileSource;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.staff.StaffUser;
import org.warmline.core.domain.worker.Worker;
import org.warmline.core.interfaces.rest.ConstraintViolationMapper;
import org.warmline.core.interfaces.rest.QueryLimits;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.core.Response;
import org.warmline.helpdesk.application.EscalationService;
import org.warmline.helpdesk.application.InvalidFields;
import org.warmline.helpdesk.application.TicketFilter;
import org.warmline.helpdesk.application.TicketService;
import org.warmline.helpdesk.application.Viewer;
import org.warmline.helpdesk.domain.Escalation;
import org.warmline.helpdesk.domain.Note;
import org.warmline.helpdesk.domain.Ticket;

/**
 * The operators' console API for conversations ({@code /api/helpdesk/conversations}, live changes at
 * {@code /api/helpdesk/events}): the queue, one conversation with its transcript and notes, and every
 * change an operator makes. The directory (colleagues, centres, canned replies) is {@link DirectoryResource},
 * the dashboard {@link DashboardResource}. Access is checked on the server: staff see their help centre's
 * conversations, supervisors and admins all of them; phones are masked unless revealed (which is audited).
 */
@Path("/api/helpdesk")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
@Tag(name = "helpdesk", description = "Operators' triage")
public class TicketsResource {

    /**
     * A conversation in the queue.
     *
     * @param id                   ticket id (the console's conversation id)
     * @param conversationId       conversation module's id
     * @param channel              sms or chat
     * @param status               BOT, OPEN, PENDING, SNOOZED, RESOLVED
     * @param priority             LOW, NORMAL, HIGH, URGENT
     * @param urgentReason         the danger word that made it urgent, or null
     * @param assignee             staff user name, or null
     * @param labels               labels
     * @param service              RETURNHOME, LEGALAID, JOBS or null
     * @param centre               help centre code
     * @param phone                the worker's phone, masked (138****5678)
     * @param preview              the worker's latest message, at most 140 characters (render as text)
     * @param createdAt            start
     * @param lastMessageAt        latest message
     * @param waitingSince         since when the worker waits for an operator, or null
     * @param waitingSeconds       how long, or null
     * @param firstResponseSeconds time from start to the first operator reply, or null
     * @param snoozedUntil         snoozed until, or null
     * @param climb                why it is at this centre when it climbed from another (no one on duty, not
     *                             picked up in time), or null
     */
    public record TicketDto(long id, long conversationId, String channel, String status, String priority,
                            String urgentReason, String assignee, Set<String> labels, String service, String centre,
                            String phone, String preview, Instant createdAt, Instant lastMessageAt,
                            Instant waitingSince, Long waitingSeconds, Long firstResponseSeconds, Instant snoozedUntil,
                            ClimbDto climb) { }

    /**
     * Why a conversation climbed to a parent centre (issue 10, "nobody unseen"); the console words it in
     * the page's language with the centres' names.
     *
     * @param reason       NO_STAFF_ON_DUTY, URGENT_NOT_PICKED_UP or NOT_PICKED_UP (the latest climb)
     * @param path         centre codes passed, first the one it was routed to, last the current one
     * @param limitSeconds for a pick-up timeout, the time that ran out (seconds); else null
     */
    public record ClimbDto(String reason, List<String> path, Integer limitSeconds) { }

    /** @param total matching conversations @param page page number @param size page size @param items this page */
    public record PageDto(long total, int page, int size, List<TicketDto> items) { }

    /**
     * A message of the transcript.
     *
     * @param id        message id
     * @param direction INBOUND or OUTBOUND
     * @param body      the text (render as text, never HTML)
     * @param status    RECEIVED/PROCESSED inbound; QUEUED, SENDING, SENT, DELIVERED, FAILED … outbound
     * @param createdAt time
     * @param sender    who wrote it: WORKER, BOT (the dialog's answers), OPERATOR (a member of staff) or
     *                  SYSTEM (notices, codes)
     * @param author    for OPERATOR, the staff user who wrote it (null if not recorded); else null
     * @param media     media the worker attached (MMS: an http(s) URL and content type each), empty if none;
     *                  the console shows them as links to open
     */
    public record MessageDto(long id, String direction, String body, String status, Instant createdAt,
                             String sender, String author, List<InboundMedia> media) { }

    /** @param id note id @param author staff user @param body text @param createdAt when */
    public record NoteDto(long id, String author, String body, Instant createdAt) { }

    /**
     * @param ticket   the conversation
     * @param messages transcript
     * @param notes    internal notes
     * @param file     the worker's file (一人一档): their requests in every service module, newest first
     * @param escalations requests created from or linked to this conversation, oldest first
     */
    public record DetailDto(TicketDto ticket, List<MessageDto> messages, List<NoteDto> notes,
                            List<WorkerFileSource.Entry> file, List<EscalationDto> escalations) { }

    /**
     * A request in a service module created from or linked to the conversation.
     *
     * @param id        the link's id
     * @param service   RETURNHOME, LEGALAID or JOBS
     * @param kind      trip-request, consultation or job-seeker
     * @param requestId the request's id in its module
     * @param mode      CREATED or LINKED
     * @param actor     the staff user who did it
     * @param createdAt when
     */
    public record EscalationDto(long id, String service, String kind, long requestId, String mode, String actor,
                                Instant createdAt) { }

    /** What a service field accepts: a module's name, in any case. */
    private static final String SERVICES = "(?i)\\s*(RETURNHOME|LEGALAID|JOBS)\\s*";

    /**
     * An escalation form as sent (a validated form class, not a record: see {@link ConstraintViolationMapper}).
     * The service is checked here (400 when missing or unknown); the fields are read per service by
     * {@link EscalationForms} (422 naming each wrong field).
     */
    public static class EscalationBody {
        /** RETURNHOME, LEGALAID or JOBS (any case). */
        @NotNull(message = "service is required: RETURNHOME, LEGALAID or JOBS")
        @Pattern(regexp = SERVICES, message = "service must be RETURNHOME, LEGALAID or JOBS")
        public String service;
        /** The form's fields as a JSON object, or null for none. */
        public JsonValue fields;
    }

    /** The worker's existing request to link (a validated form class; see {@link ConstraintViolationMapper}). */
    public static class LinkBody {
        /** RETURNHOME, LEGALAID or JOBS (any case). */
        @NotNull(message = "service is required: RETURNHOME, LEGALAID or JOBS")
        @Pattern(regexp = SERVICES, message = "service must be RETURNHOME, LEGALAID or JOBS")
        public String service;
        /** The request's id in its module (one of the worker's file). */
        @NotNull(message = "requestId is required")
        public Long requestId;
    }

    /**
     * A snooze: give {@code until} (ISO instant) or {@code for} (ISO duration from now on the server's
     * clock, e.g. PT1H), or neither for "until the worker's next message".
     *
     * @param until until this instant
     * @param forDuration for this long (JSON member {@code for})
     */
    public record SnoozeBody(String until,
                             @jakarta.json.bind.annotation.JsonbProperty("for")
                             @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "for",
                                     description = "ISO duration from now, e.g. PT1H (at most 90 days)")
                             String forDuration) { }

    /** @param assignee a user name, "me", or null/empty to unassign */
    public record AssignBody(String assignee) { }

    /** A status change (a validated form class; see {@link ConstraintViolationMapper}). */
    public static class StatusBody {
        /** The new status: OPEN, PENDING, SNOOZED or RESOLVED. */
        @NotBlank(message = "status is required")
        public String status;
        /** For SNOOZED, an ISO instant, or null for "until the worker's next message". */
        public String snoozedUntil;
    }

    /** A priority change (a validated form class; see {@link ConstraintViolationMapper}). */
    public static class PriorityBody {
        /** LOW, NORMAL, HIGH or URGENT (any case). */
        @NotBlank(message = "priority is required")
        @Pattern(regexp = "(?i)\\s*(LOW|NORMAL|HIGH|URGENT)\\s*", message = "priority must be LOW, NORMAL, HIGH or URGENT")
        public String priority;
    }

    /** @param labels the labels (replace the old ones) */
    public record LabelsBody(List<String> labels) { }

    /** The service a conversation is about (a validated form class; see {@link ConstraintViolationMapper}). */
    public static class ServiceBody {
        /** RETURNHOME, LEGALAID, JOBS (any case), or null/blank for none. */
        @Pattern(regexp = "(?i)\\s*(RETURNHOME|LEGALAID|JOBS)?\\s*", message = "service must be RETURNHOME, LEGALAID or JOBS")
        public String service;
    }

    /** A move to another help centre (a validated form class; see {@link ConstraintViolationMapper}). */
    public static class CentreBody {
        /** A help centre code. */
        @NotBlank(message = "centre is required")
        public String centre;
    }

    /** @param body text of a note or reply */
    public record TextBody(String body) { }

    /** @param messageId the queued outbound message */
    public record ReplyDto(long messageId) { }

    /** @param phone the full E.164 number (null for a chat worker without phone) */
    public record PhoneDto(String phone) { }






    @Inject
    TicketService tickets;

    @Inject
    StaffTranscripts transcripts;

    @Inject
    WorkerDirectory workers;

    @Inject
    StaffDirectory staff;

    @Inject
    ConsoleEvents events;

    @Inject
    @Any
    Instance<WorkerFileSource> fileSources;

    @Inject
    EscalationService escalations;

    @Inject
    Gazetteer gazetteer;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    Viewer viewer() {
        return Viewers.of(security, staff);
    }


    /**
     * @param mine       "true": only mine
     * @param unassigned "true": only unassigned
     * @param status     a status, or "all"; default the active ones (open, pending, snoozed)
     * @param service    a service
     * @param label      a label
     * @param priority   a priority
     * @param centre     a centre (supervisors)
     * @param q          text in a message or a phone number
     * @param page       0-based page
     * @param size       page size (default 50, max 200)
     * @return the page, urgent first then longest waiting
     */
    @GET
    @Path("conversations")
    @Operation(summary = "The queue: conversations with status, priority, assignee, labels, service, waiting time; filters and search; phones masked")
    public PageDto list(@QueryParam("mine") String mine, @QueryParam("unassigned") String unassigned,
                        @QueryParam("status") String status, @QueryParam("service") String service,
                        @QueryParam("label") String label, @QueryParam("priority") String priority,
                        @QueryParam("centre") String centre, @QueryParam("q") String q,
                        @QueryParam("page") String page, @QueryParam("size") String size) {
        boolean every = "all".equalsIgnoreCase(status);
        TicketFilter filter = new TicketFilter("true".equals(mine), "true".equals(unassigned),
                blank(status) || every || "active".equalsIgnoreCase(status) ? null : Ticket.parseStatus(status),
                blank(service) ? null : Ticket.Service.valueOf(service.trim().toUpperCase(Locale.ROOT)),
                blank(label) ? null : label.trim(),
                blank(priority) ? null : Ticket.Priority.valueOf(priority.trim().toUpperCase(Locale.ROOT)),
                blank(centre) ? null : centre.trim(), blank(q) ? null : q.trim(), every);
        int p;
        try {
            p = blank(page) ? 0 : Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("page must be a whole number from 0");
        }
        if (p < 0) {
            throw new IllegalArgumentException("page must be a whole number from 0");
        }
        int s = QueryLimits.parse(size, 50, 200);
        TicketService.Page result = tickets.list(viewer(), filter, p, s);
        return new PageDto(result.total(), p, s, dtos(result.tickets(), true));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private List<TicketDto> dtos(List<Ticket> list, boolean withPreview) {
        Map<Long, Worker> byId = workers.byIds(list.stream().map(Ticket::workerId).distinct().toList());
        Map<Long, List<TranscriptLine>> lines = withPreview
                ? transcripts.staffTranscripts(list.stream().map(Ticket::conversationId).toList()) : Map.of();
        Instant now = clock.instant();
        return list.stream().map(t -> {
            String preview = lines.getOrDefault(t.conversationId(), List.of()).stream()
                    .filter(l -> "INBOUND".equals(l.direction())).reduce((a, b) -> b).map(TranscriptLine::body)
                    .map(b -> b.length() > 140 ? b.substring(0, 140) + "…" : b).orElse(null);
            Worker w = byId.get(t.workerId());
            return new TicketDto(t.id(), t.conversationId(), t.channel().code(), t.status().name(), t.priority().name(),
                    t.urgentReason(), t.assignee(), t.labels(), t.service() == null ? null : t.service().name(),
                    t.centreCode(), w == null ? null : w.maskedPhone(), preview, t.createdAt(), t.lastMessageAt(),
                    t.waitingSince(), t.waitingSince() == null ? null : Duration.between(t.waitingSince(), now).toSeconds(),
                    t.firstResponseAt() == null ? null : Duration.between(t.createdAt(), t.firstResponseAt()).toSeconds(),
                    t.snoozedUntil(), t.climbReason() == null ? null
                            : new ClimbDto(t.climbReason().name(), t.climbPath(), t.climbLimitSeconds()));
        }).toList();
    }

    /** @param id ticket id @return the conversation with transcript (delivery status per message) and notes */
    @GET
    @Path("conversations/{id}")
    @Operation(summary = "One conversation: transcript with delivery status, internal notes, the worker's file across"
            + " the service modules; 403 for another centre's")
    public DetailDto detail(@PathParam("id") long id) {
        Viewer v = viewer();
        Ticket t = tickets.get(v, id);
        Map<Long, String> authors = tickets.operatorAuthors(t.id());
        List<MessageDto> messages = transcripts.staffTranscripts(List.of(t.conversationId()))
                .getOrDefault(t.conversationId(), List.of()).stream()
                .map(l -> new MessageDto(l.id(), l.direction(), l.body(), l.status(), l.createdAt(),
                        sender(l, authors), authors.get(l.id()), l.media())).toList();
        List<NoteDto> notes = tickets.notes(v, id).stream()
                .map(n -> new NoteDto(n.id(), n.author(), n.body(), n.createdAt())).toList();
        List<WorkerFileSource.Entry> file = new ArrayList<>();
        fileSources.forEach(source -> file.addAll(source.entriesFor(t.workerId())));
        file.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        return new DetailDto(dtos(List.of(t), false).get(0), messages, notes, file,
                escalations.of(v, id).stream().map(TicketsResource::dto).toList());
    }

    /**
     * @param line    a transcript line
     * @param authors staff authors by message id
     * @return WORKER for inbound; OPERATOR for staff's messages (kind OPERATOR, or one the helpdesk recorded
     *         an author for); BOT for the dialog's answers (kind REPLY, or none: the TwiML reply); SYSTEM else
     */
    private static String sender(TranscriptLine line, Map<Long, String> authors) {
        if ("INBOUND".equals(line.direction())) {
            return "WORKER";
        }
        if (authors.containsKey(line.id()) || "OPERATOR".equals(line.kind())) {
            return "OPERATOR";
        }
        return line.kind() == null || "REPLY".equals(line.kind()) ? "BOT" : "SYSTEM";
    }

    private static EscalationDto dto(Escalation e) {
        return new EscalationDto(e.id(), e.service().name(), e.kind(), e.requestId(), e.mode().name(), e.actor(),
                e.createdAt());
    }

    private Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>();
        for (StaffUser.Role r : StaffUser.Role.values()) {
            if (security.isUserInRole(r.name())) {
                roles.add(r.name());
            }
        }
        return roles;
    }

    /** @param text a service name {@link #SERVICES} accepts (checked by Bean Validation) @return the service */
    private static Ticket.Service service(String text) {
        return Ticket.Service.valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * @param id ticket
     * @return the escalation forms pre-filled from what the worker said (dialog slots and messages)
     */
    @GET
    @Path("conversations/{id}/escalation-drafts")
    @Operation(summary = "Escalation forms pre-filled from the conversation: trip request, legal consultation, job request")
    public EscalationService.Drafts escalationDrafts(@PathParam("id") long id) {
        return escalations.drafts(viewer(), id);
    }

    /**
     * @param id   ticket
     * @param body {@code {"service": "RETURNHOME"|"LEGALAID"|"JOBS", "fields": {...}}} — the (corrected) form
     * @return 201 with the link to the new request
     */
    @POST
    @Path("conversations/{id}/escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Escalate: create a trip request, legal consultation or job request from the conversation"
            + " (403 for another centre or a role that does not work the module; 422 with errors per field; audited)")
    public Response escalate(@PathParam("id") long id,
                             @NotNull(message = "a JSON body with service and fields is required") @Valid EscalationBody body) {
        JsonValue fields = body.fields == null || body.fields.getValueType() == JsonValue.ValueType.NULL ? null : body.fields;
        if (fields != null && fields.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException("fields must be an object");
        }
        Ticket.Service s = service(body.service);
        Viewer v = viewer();
        Set<String> roles = roles();
        escalations.mayEscalate(v, roles, id, s); // refused (403, audited) before the form is read
        Escalation e = escalations.create(v, roles, id,
                EscalationForms.read(s, fields == null ? null : fields.asJsonObject(), gazetteer, clock));
        return Response.status(201).entity(dto(e)).build();
    }

    /**
     * @param id   ticket
     * @param body the worker's existing request to link
     * @return 201 with the link
     */
    @POST
    @Path("conversations/{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link one of the worker's existing requests (from their file) to the conversation"
            + " (422 if not the worker's, 409 if linked already; audited)")
    public Response link(@PathParam("id") long id,
                         @NotNull(message = "a JSON body with service and requestId is required") @Valid LinkBody body) {
        Escalation e = escalations.link(viewer(), roles(), id, service(body.service), body.requestId);
        return Response.status(201).entity(dto(e)).build();
    }

    /**
     * @param id   ticket
     * @param body until a time, for a while, or (empty) until the worker's next message
     * @return the conversation, SNOOZED
     */
    @POST
    @Path("conversations/{id}/snooze")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Snooze until a time (until, ISO instant), for a while (for, ISO duration) or until the"
            + " worker's next message (neither); it comes back to OPEN then (audited)")
    public TicketDto snooze(@PathParam("id") long id, SnoozeBody body) {
        String until = body == null ? null : body.until();
        String forText = body == null ? null : body.forDuration();
        if (!blank(until) && !blank(forText)) {
            throw new IllegalArgumentException("give until or for, not both");
        }
        Instant at = null;
        if (!blank(until)) {
            at = snoozeTime(until);
        } else if (!blank(forText)) {
            Duration d;
            try {
                d = Duration.parse(forText.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("for is an ISO duration, e.g. PT1H");
            }
            if (d.isNegative() || d.isZero() || d.compareTo(MAX_SNOOZE) > 0) {
                throw new InvalidFields(Map.of("for", "must be more than 0 and at most 90 days"));
            }
            at = clock.instant().plus(d);
        }
        return dtos(List.of(tickets.snooze(viewer(), id, at)), false).get(0);
    }

    /** Longest snooze: a conversation is never put away for longer than this. */
    private static final Duration MAX_SNOOZE = Duration.ofDays(90);

    /**
     * @param text an ISO instant, e.g. 2027-01-20T01:00:00Z
     * @return it, when it lies in the future and at most {@link #MAX_SNOOZE} ahead
     * @throws IllegalArgumentException (400) if it is not an instant
     * @throws InvalidFields (422) if it is past or too far ahead
     */
    private Instant snoozeTime(String text) {
        Instant at;
        try {
            at = Instant.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("until is an ISO instant, e.g. 2027-01-20T01:00:00Z");
        }
        Instant now = clock.instant();
        if (!at.isAfter(now) || at.isAfter(now.plus(MAX_SNOOZE))) {
            throw new InvalidFields(Map.of("until", "must lie in the future, at most 90 days ahead"));
        }
        return at;
    }

    /** @param id ticket @param body assignee ("me", a user name, or empty) @return the conversation */
    @POST
    @Path("conversations/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign to me, a colleague, or nobody (audited)")
    public TicketDto assign(@PathParam("id") long id, AssignBody body) {
        Viewer v = viewer();
        String who = body == null || blank(body.assignee()) ? null
                : "me".equals(body.assignee()) ? v.username() : body.assignee().trim();
        if (who != null) {
            StaffUser colleague = staff.byUsername(who).filter(StaffUser::enabled)
                    .orElseThrow(() -> new IllegalArgumentException("no active staff user " + who));
            Ticket current = tickets.get(v, id);
            if (!colleague.centreCode().equals(current.centreCode())
                    && !colleague.roles().contains(StaffUser.Role.SUPERVISOR)) {
                throw new IllegalArgumentException(who + " works for another help centre");
            }
        }
        return dtos(List.of(tickets.assign(v, id, who)), false).get(0);
    }

    /** @param id ticket @param body status (and snoozedUntil) @return the conversation */
    @POST
    @Path("conversations/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change status: OPEN, PENDING, SNOOZED (until a time or the next message), RESOLVED (audited)")
    public TicketDto status(@PathParam("id") long id,
                            @NotNull(message = "a JSON body with status is required") @Valid StatusBody body) {
        Instant until = blank(body.snoozedUntil) ? null : snoozeTime(body.snoozedUntil);
        return dtos(List.of(tickets.changeStatus(viewer(), id, Ticket.parseStatus(body.status), until)), false).get(0);
    }

    /** @param id ticket @param body priority @return the conversation */
    @POST
    @Path("conversations/{id}/priority")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change priority (audited)")
    public TicketDto priority(@PathParam("id") long id,
                              @NotNull(message = "a JSON body with priority is required") @Valid PriorityBody body) {
        return dtos(List.of(tickets.changePriority(viewer(), id,
                Ticket.Priority.valueOf(body.priority.trim().toUpperCase(Locale.ROOT)))), false).get(0);
    }

    /** @param id ticket @param body labels @return the conversation */
    @POST
    @Path("conversations/{id}/labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace labels (audited)")
    public TicketDto labels(@PathParam("id") long id, LabelsBody body) {
        Set<String> labels = body == null || body.labels() == null ? Set.of() : new LinkedHashSet<>(body.labels());
        return dtos(List.of(tickets.setLabels(viewer(), id, labels)), false).get(0);
    }

    /** @param id ticket @param body service @return the conversation */
    @POST
    @Path("conversations/{id}/service")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the service the conversation is about (audited)")
    public TicketDto service(@PathParam("id") long id, @Valid ServiceBody body) {
        Ticket.Service s = body == null || blank(body.service) ? null
                : Ticket.Service.valueOf(body.service.trim().toUpperCase(Locale.ROOT));
        return dtos(List.of(tickets.setService(viewer(), id, s)), false).get(0);
    }

    /** @param id ticket @param body centre code @return the conversation */
    @POST
    @Path("conversations/{id}/centre")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the conversation to another help centre (audited)")
    public TicketDto centre(@PathParam("id") long id,
                            @NotNull(message = "a JSON body with centre is required") @Valid CentreBody body) {
        return dtos(List.of(tickets.moveToCentre(viewer(), id, body.centre.trim())), false).get(0);
    }

    /** @param id ticket @param body note text @return the note */
    @POST
    @Path("conversations/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an internal note (never sent to the worker; audited)")
    public NoteDto note(@PathParam("id") long id, TextBody body) {
        Note n = tickets.addNote(viewer(), id, body == null ? null : body.body());
        return new NoteDto(n.id(), n.author(), n.body(), n.createdAt());
    }

    /** @param id ticket @param body reply text @return the outbound message id */
    @POST
    @Path("conversations/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to the worker through the outbox (kind OPERATOR; audited)")
    public ReplyDto reply(@PathParam("id") long id, TextBody body) {
        return new ReplyDto(tickets.reply(viewer(), id, body == null ? null : body.body()));
    }

    /** @param id ticket @return the full phone number; the view is written to the audit log */
    @POST
    @Path("conversations/{id}/phone")
    @Operation(summary = "Show the worker's full phone number (recorded in the audit log)")
    public PhoneDto phone(@PathParam("id") long id) {
        return new PhoneDto(tickets.revealPhone(viewer(), id));
    }





    /**
     * @param sink the client's event stream
     * @param sse  the event factory
     */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live changes of conversations the caller may see (SSE: event 'conversation', data {id, what})")
    public void events(@Context SseEventSink sink, @Context Sse sse) {
        events.open(viewer(), sink, sse);
    }
}
