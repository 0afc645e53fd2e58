package org.warmline.helpdesk.interfaces.rest;

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
import org.warmline.conversation.api.TranscriptLine;
import org.warmline.conversation.api.Transcripts;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.worker.Worker;
import org.warmline.helpdesk.application.OperatorQueue;
import org.warmline.helpdesk.domain.QueueItem;

/** Staff API: the operators' queue with each conversation's transcript ({@code GET /api/helpdesk/queue}). */
@Path("/api/helpdesk/queue")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "helpdesk", description = "Operators' triage")
public class QueueResource {

    private static final Logger AUDIT = Logger.getLogger("org.warmline.audit");

    /**
     * One waiting conversation.
     *
     * @param id             queue item id
     * @param conversationId the conversation
     * @param reason         why it was handed off
     * @param status         WAITING
     * @param phone          the worker's phone, masked
     * @param waitingSince   hand-off time, UTC
     * @param transcript     the whole conversation, oldest first
     */
    public record QueueItemDto(long id, long conversationId, String reason, String status, String phone,
                               Instant waitingSince, List<TranscriptLine> transcript) { }

    @Inject
    OperatorQueue queue;

    @Inject
    Transcripts transcripts;

    @Inject
    WorkerDirectory workers;

    @Context
    SecurityContext security;

    /** @param limitText at most this many (default 100) @return waiting conversations, longest waiting first */
    @GET
    @RolesAllowed({"OPERATOR", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Conversations waiting for an operator, with transcripts; phones masked")
    public List<QueueItemDto> waiting(@QueryParam("limit") String limitText) {
        int limit = QueryLimits.parse(limitText, 100, 500);
        List<QueueItem> items = queue.waiting(limit);
        Map<Long, List<TranscriptLine>> lines = transcripts.transcripts(items.stream().map(QueueItem::conversationId).toList());
        Map<Long, Worker> byId = workers.byIds(items.stream().map(QueueItem::workerId).distinct().toList());
        AUDIT.info(() -> "staff " + security.getUserPrincipal().getName() + " read the operators' queue ("
                + items.size() + " items)");
        return items.stream().map(q -> new QueueItemDto(q.id(), q.conversationId(), q.reason(), q.status(),
                byId.containsKey(q.workerId()) ? byId.get(q.workerId()).maskedPhone() : null, q.waitingSince(),
                lines.getOrDefault(q.conversationId(), List.of()))).toList();
    }
}
