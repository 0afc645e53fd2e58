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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.conversation.api.TranscriptLine;
import org.warmline.conversation.api.StaffTranscripts;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.interfaces.rest.QueryLimits;
import org.warmline.helpdesk.application.TicketService;
import org.warmline.helpdesk.application.Viewer;
import org.warmline.helpdesk.domain.Ticket;

/**
 * Staff API, the older, console-less view of the operators' queue: the bot's hand-offs still waiting
 * for an operator, with each conversation's transcript ({@code GET /api/helpdesk/queue}). A view over
 * the helpdesk tickets ({@link TicketService#waitingHandOffs}); staff of one help centre see only its
 * conversations, as in the console.
 */
@Path("/api/helpdesk/queue")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "helpdesk", description = "Operators' triage")
public class QueueResource {

    private static final Logger AUDIT = Logger.getLogger("org.warmline.audit");

    /**
     * One waiting conversation.
     *
     * @param id             the conversation's ticket id
     * @param conversationId the conversation
     * @param reason         why it was handed off
     * @param status         WAITING
     * @param phone          the worker's phone, masked (null for a web-chat worker without one)
     * @param waitingSince   since when the worker waits, UTC
     * @param transcript     the whole conversation, oldest first, one-time codes hidden
     */
    public record QueueItemDto(long id, long conversationId, String reason, String status, String phone,
                               Instant waitingSince, List<TranscriptLine> transcript) { }

    @Inject
    TicketService tickets;

    @Inject
    StaffTranscripts transcripts;

    @Inject
    WorkerDirectory workers;

    @Inject
    StaffDirectory staff;

    @Context
    SecurityContext security;

    /** @param limitText at most this many (default 100) @return waiting conversations, longest waiting first */
    @GET
    @RolesAllowed({"OPERATOR", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Conversations waiting for an operator, with transcripts; phones masked")
    public List<QueueItemDto> waiting(@QueryParam("limit") String limitText) {
        int limit = QueryLimits.parse(limitText, 100, 500);
        Viewer viewer = Viewers.of(security, staff);
        List<Ticket> waiting = tickets.waitingHandOffs(viewer, limit);
        Map<Long, List<TranscriptLine>> lines = transcripts.staffTranscripts(waiting.stream().map(Ticket::conversationId).toList());
        Map<Long, String> phones = workers.maskedPhones(waiting.stream().map(Ticket::workerId).toList());
        AUDIT.info(() -> "staff " + viewer.username() + " read the operators' queue (" + waiting.size() + " items)");
        return waiting.stream().map(t -> new QueueItemDto(t.id(), t.conversationId(), t.handOffReason(), "WAITING",
                phones.get(t.workerId()), t.waitingSince(),
                lines.getOrDefault(t.conversationId(), List.of()))).toList();
    }
}
