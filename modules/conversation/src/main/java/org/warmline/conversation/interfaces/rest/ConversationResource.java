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
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.worker.Worker;

/** Staff API: conversations with their messages ({@code GET /api/conversations}). */
@Path("/api/conversations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "conversations", description = "Worker conversations across channels")
public class ConversationResource {

    private static final Logger AUDIT = Logger.getLogger("org.warmline.audit");

    /**
     * A message as staff see it.
     *
     * @param id               message id
     * @param direction        INBOUND or OUTBOUND
     * @param channelMessageId the channel's id (MessageSid) for inbound messages
     * @param body             the text (render as text, never as HTML)
     * @param status           RECEIVED/PROCESSED or SENT …
     * @param createdAt        time, UTC
     */
    public record MessageDto(long id, String direction, String channelMessageId, String body, String status,
                             Instant createdAt) { }

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

    @Context
    SecurityContext security;

    /**
     * @param limitText at most this many conversations, most recent first (default 50, max 500)
     * @return conversations with messages
     */
    @GET
    @RolesAllowed({"OPERATOR", "SUPERVISOR", "ADMIN", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR"})
    @Operation(summary = "List recent conversations with their messages; phones masked")
    public List<ConversationDto> list(@QueryParam("limit") String limitText) {
        int limit = QueryLimits.parse(limitText, 50, 500);
        List<Conversation> conversations = queries.recent(limit);
        Map<Long, List<Message>> messages = queries.messagesOf(conversations.stream().map(Conversation::id).toList());
        Map<Long, String> phones = workers.maskedPhones(conversations.stream().map(Conversation::workerId).toList());
        AUDIT.info(() -> "staff " + security.getUserPrincipal().getName() + " listed "
                + conversations.size() + " conversations");
        return conversations.stream().map(c -> new ConversationDto(c.id(), c.channel(), c.status(), c.language(),
                phones.get(c.workerId()),
                c.createdAt(), c.lastMessageAt(),
                messages.getOrDefault(c.id(), List.of()).stream().map(m -> new MessageDto(m.id(),
                        m.direction().name(), m.channelMessageId(), staffView(m), m.status(), m.createdAt())).toList()))
                .toList();
    }

    /**
     * @param m a message
     * @return its text as staff may see it: a one-time code (VERIFICATION) has its digits hidden, so
     *         nobody but the worker can use it
     */
    static String staffView(Message m) {
        return m.kind() == Message.Kind.VERIFICATION ? m.body().replaceAll("\\d", "*") : m.body();
    }
}
