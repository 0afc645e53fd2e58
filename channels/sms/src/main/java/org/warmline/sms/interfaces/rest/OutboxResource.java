package org.warmline.sms.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.conversation.api.OutboundMessages;
import org.warmline.conversation.api.OutboundRequest;
import org.warmline.conversation.api.OutboundView;
import org.warmline.conversation.api.OutboxRelay;
import org.warmline.conversation.api.SmsSegmentCount;
import org.warmline.conversation.api.StaffTranscripts;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.phone.InvalidPhoneNumberException;
import org.warmline.core.domain.phone.PhoneNumber;
import org.warmline.core.domain.worker.Worker;
import org.warmline.core.interfaces.rest.Problems;
import org.warmline.sms.application.OutboxSender;

/**
 * Supervisors' SMS API: {@code POST /api/sms/outbox} queues an SMS to a known worker (a notice,
 * bulk notice or staff message) in the transactional outbox; {@code GET /api/sms/outbox?phone=} lists
 * the outbound SMS to a number with their delivery state and error codes, one-time codes hidden;
 * {@code GET /api/sms/segments?text=} counts segments for anyone composing.
 *
 * <p>Both outbox calls are for supervisors and administrators only, and audited: operators answer a
 * worker through the helpdesk API (scoped to their centre), coordinators notify passengers through
 * the return-home trips, and a one-time code (kind VERIFICATION) is only ever sent by the chat when a
 * worker asks for one, never by staff.
 */
@Path("/api/sms")
@RequestScoped
@Tag(name = "sms", description = "Outbound SMS")
public class OutboxResource {

    /**
     * A message to queue.
     *
     * @param phone      the worker's number (any format libphonenumber reads)
     * @param body       the text (at most 8 segments)
     * @param kind       OPERATOR (default), NOTICE, BULK or REPLY; VERIFICATION is refused
     * @param validUntil for a time-bound notice: dropped, not sent, after this (ISO-8601 instant); optional
     */
    public record QueueRequest(String phone, String body, String kind, Instant validUntil) { }

    @Inject
    OutboundMessages outbound;

    @Inject
    OutboxRelay relay;

    @Inject
    WorkerDirectory workers;

    @Inject
    AuditLog audit;

    @Context
    SecurityContext security;

    /**
     * @param request what to send
     * @return 201 with {@code {"id": n, "segments": s}}; 400/404 problem+json; 403 for kind VERIFICATION
     */
    @POST
    @Path("/outbox")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @RolesAllowed({"SUPERVISOR", "ADMIN"})
    @Operation(summary = "Queue an SMS (notice, bulk or staff message) to a worker in the outbox (supervisors; audited)")
    public Response queue(QueueRequest request) {
        if (request == null || request.phone() == null || request.body() == null || request.body().isBlank()) {
            return Problems.of(Response.Status.BAD_REQUEST, "Missing field", "phone and body are required");
        }
        OutboundRequest.Kind kind;
        try {
            kind = request.kind() == null ? OutboundRequest.Kind.OPERATOR : OutboundRequest.Kind.valueOf(request.kind());
        } catch (IllegalArgumentException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid kind", "kind must be one of OPERATOR, NOTICE,"
                    + " BULK, REPLY");
        }
        if (kind == OutboundRequest.Kind.VERIFICATION) {
            audit.recordRefusal(actor(), "sms.denied", "sms", "verification", "staff may not send one-time codes");
            return Problems.of(Response.Status.FORBIDDEN, "Not allowed",
                    "one-time codes are sent by the chat when a worker asks for one, never by staff");
        }
        Optional<Worker> worker;
        try {
            worker = workers.byPhone(PhoneNumber.parse(request.phone()));
        } catch (InvalidPhoneNumberException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid phone", e.getMessage());
        }
        if (worker.isEmpty()) {
            return Problems.of(Response.Status.NOT_FOUND, "Unknown worker", "no worker has this number");
        }
        try {
            // the number is named, so the message is an SMS even when the worker last wrote in the chat
            long id = outbound.queue(new OutboundRequest(worker.get().id(), OutboxSender.CHANNEL,
                    worker.get().phone().e164(), request.body(), kind, request.validUntil()));
            audit.record(actor(), "sms.queue", "worker", Long.toString(worker.get().id()),
                    "kind " + kind.name() + ", message " + id);
            return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("id", id, "segments", SmsSegmentCount.of(request.body()).segments())).build();
        } catch (IllegalArgumentException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "Message refused", e.getMessage());
        }
    }

    /**
     * @param phone the number
     * @return outbound SMS to it, newest first, with status, MessageSid and error code; one-time codes
     *         have their digits hidden ({@link StaffTranscripts#staffText})
     */
    @GET
    @Path("/outbox")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @RolesAllowed({"SUPERVISOR", "ADMIN"})
    @Operation(summary = "Outbound SMS to a number with their delivery state, codes hidden (supervisors; audited)")
    public Response list(@QueryParam("phone") String phone) {
        PhoneNumber number;
        try {
            number = PhoneNumber.parse(phone);
        } catch (InvalidPhoneNumberException | NullPointerException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid phone", "phone must be a phone number");
        }
        List<OutboundView> views = relay.outboundTo(OutboxSender.CHANNEL, number.e164(), 200).stream()
                .map(OutboxResource::staffView).toList();
        audit.record(actor(), "sms.outbox.read", "worker-phone", number.masked(), views.size() + " messages");
        return Response.ok(views, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * @param v an outbound message
     * @return the same as staff may see it: a one-time code's digits hidden
     */
    static OutboundView staffView(OutboundView v) {
        return new OutboundView(v.id(), v.kind(), StaffTranscripts.staffText(v.kind(), v.body()), v.status(),
                v.providerMessageId(), v.errorCode(), v.errorMessage(), v.attempts(), v.segments(), v.createdAt(),
                v.updatedAt());
    }

    private String actor() {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }

    /**
     * @param text a text being composed
     * @return its encoding, units and segments, and whether it may be sent
     */
    @GET
    @Path("/segments")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"OPERATOR", "SUPERVISOR", "ADMIN", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR"})
    @Operation(summary = "Count SMS segments of a text (GSM-7 160/153, UCS-2 70/67)")
    public Map<String, Object> segments(@QueryParam("text") String text) {
        SmsSegmentCount c = SmsSegmentCount.of(text);
        return Map.of("encoding", c.encoding().name(), "units", c.units(), "segments", c.segments(),
                "sendable", c.sendable(), "maxSegments", SmsSegmentCount.MAX_SEGMENTS);
    }
}
