package org.warmline.conversation.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.warmline.core.interfaces.rest.QueryLimits;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.conversation.application.ConversationQueries;
import org.warmline.conversation.domain.Conversation;
import org.warmline.conversation.domain.Message;
import org.warmline.conversation.api.InboundMedia;
import org.warmline.conversation.api.StaffTranscripts;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.worker.Worker;

/**
 * Supervisors' raw API: recent conversations with their messages ({@code GET /api/conversations}),
 * across all help centres. Staff who work conversations use the helpdesk API, which is scoped to
 * their centre; this one is for supervisors and administrators only, and every read is audited.
 */
@Path("/api/conversations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "conversations", description = "Worker conversations across channels")
public class ConversationResource {

    private static final Logger AUDIT = Logger.getLogger("org.warmline.audit");

    /** What the audit log records for a read of this API. */
    public static final String AUDIT_ACTION = "conversations.read";

    /**
     * A message as staff see it.
     *
     * @param id               message id
     * @param direction        INBOUND or OUTBOUND
     * @param channelMessageId the channel's id (MessageSid) for inbound messages
     * @param body             the text (render as text, never as HTML)
     * @param status           RECEIVED/PROCESSED or SENT …
     * @param createdAt        time, UTC
     * @param rawBody          the inbound text exactly as received when the channel decoded it into
     *                         {@code body} (a base64 body from Twilio), else null
     * @param media            media the worker attached (MMS: URL and content type), empty if none
     */
    public record MessageDto(long id, String direction, String channelMessageId, String body, String status,
                             Instant createdAt, String rawBody, List<InboundMedia> media) { }

    /**
     * A conversation as staff see it; the phone is masked.
     *
     * @param id            conversation id
     * @param channel       sms or chat
     * @param status        BOT or CLOSED
     * @param language      zh or en
     * @param phone         masked phone (138****8000)
     * @param createdAt     start
     * @param lastMessageAt latest message
     * @param messages      the transcript, oldest first
     */
    public record ConversationDto(long id, String channel, String status, String language, String phone,
                                  Instant createdAt, Instant lastMessageAt, List<MessageDto> messages) { }

    @Inject
    ConversationQueries queries;

    @Inject
    WorkerDirectory workers;

    @Inject
    AuditLog audit;

    @Context
    SecurityContext security;

    /**
     * @param limitText at most this many conversations, most recent first (default 50, max 500)
     * @return conversations with messages
     */
    @GET
    @RolesAllowed({"SUPERVISOR", "ADMIN"})
    @Operation(summary = "List recent conversations with their messages, all centres (supervisors; audited);"
            + " phones masked")
    public List<ConversationDto> list(@QueryParam("limit") String limitText) {
        int limit = QueryLimits.parse(limitText, 50, 500);
        List<Conversation> conversations = queries.recent(limit);
        Map<Long, List<Message>> messages = queries.messagesOf(conversations.stream().map(Conversation::id).toList());
        Map<Long, List<InboundMedia>> media = queries.mediaOf(messages.values().stream().flatMap(List::stream).toList());
        Map<Long, String> phones = workers.maskedPhones(conversations.stream().map(Conversation::workerId).toList());
        String actor = security.getUserPrincipal().getName();
        audit.record(actor, AUDIT_ACTION, "conversation", "*", auditDetail(limit, conversations));
        AUDIT.info(() -> "staff " + actor + " listed " + conversations.size() + " conversations");
        return conversations.stream().map(c -> new ConversationDto(c.id(), c.channel().code(), c.status(), c.language(),
                phones.get(c.workerId()),
                c.createdAt(), c.lastMessageAt(),
                messages.getOrDefault(c.id(), List.of()).stream().map(m -> new MessageDto(m.id(),
                        m.direction().name(), m.channelMessageId(), staffView(m), m.status(), m.createdAt(),
                        m.rawBody(), media.getOrDefault(m.id(), List.of()))).toList()))
                .toList();
    }

    /**
     * @param m a message
     * @return its text as staff may see it ({@link StaffTranscripts#staffText})
     */
    static String staffView(Message m) {
        return StaffTranscripts.staffText(m.kind() == null ? null : m.kind().name(), m.body());
    }

    /**
     * @param limit         the limit asked for
     * @param conversations what was returned
     * @return the audit line's detail: how many and which ids (no phone, no message text), at most 400 characters
     */
    static String auditDetail(int limit, List<Conversation> conversations) {
        StringBuilder d = new StringBuilder("GET /api/conversations limit=").append(limit).append(": ")
                .append(conversations.size()).append(" conversations");
        String prefix = "; ids ";
        for (Conversation c : conversations) {
            String next = prefix + c.id();
            if (d.length() + next.length() > 396) {
                d.append(" …");
                break;
            }
            d.append(next);
            prefix = ",";
        }
        return d.toString();
    }
}
