package org.warmline.sms.interfaces.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.conversation.api.DeliveryReport;
import org.warmline.conversation.api.OutboxRelay;
import org.warmline.conversation.api.OutboxRelay.ReportOutcome;
import org.warmline.core.interfaces.rest.Problems;
import org.warmline.sms.application.TwilioSettings;
import org.warmline.sms.infrastructure.TwilioErrors;

/**
 * Twilio's StatusCallback for outbound messages ({@code POST /webhooks/twilio/status?id=<our id>},
 * Twilio docs "Outbound Message Status in Status Callbacks"). The signature is checked like the
 * inbound webhook's, against {@code warmline.public-base-url} + path + the query (Twilio signs the
 * full URL it called, {@code ?id=} included); a forged or altered callback gets 403 and changes
 * nothing. Status only moves forward (Twilio does not guarantee order). Answers:
 * <ul>
 *   <li>204 when applied, when late/repeated (ignored), and when parked: a callback naming neither a
 *       row nor a MessageSid we know yet is kept and applied once the MessageSid is stored — Twilio
 *       does not retry status callbacks, so answering an error would lose it;</li>
 *   <li>204 also for a status word we do not know (logged; a new Twilio status must not raise errors
 *       in Twilio's debugger);</li>
 *   <li>400 problem+json when MessageStatus/SmsStatus is missing (an empty POST), or when the callback
 *       names no message at all (no readable {@code id} and no MessageSid). An {@code id} that cannot be
 *       read (garbage, empty) falls back to the MessageSid;</li>
 *   <li>a failure with a passing Twilio error ({@link TwilioErrors#TRANSIENT}, e.g. 63018 rate limit)
 *       sends the message again with backoff instead of failing it.</li>
 * </ul>
 */
@Path("/webhooks/twilio/status")
@RequestScoped
@Tag(name = "twilio", description = "Twilio webhooks")
public class TwilioStatusWebhook {

    private static final Logger LOG = Logger.getLogger(TwilioStatusWebhook.class.getName());

    @Inject
    TwilioSettings settings;

    @Inject
    OutboxRelay outbox;

    @Context
    UriInfo uriInfo;

    /**
     * @param signature Twilio's X-Twilio-Signature header
     * @param form      the callback's fields (MessageSid, MessageStatus, ErrorCode, RawDlrDoneDate …)
     * @return 204, 400 or 403 as described on the class
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Problems.MEDIA_TYPE)
    @Operation(summary = "Twilio status callback for outbound SMS; status only moves forward")
    public Response status(@HeaderParam("X-Twilio-Signature") String signature, MultivaluedMap<String, String> form) {
        Map<String, String> params = SignedForm.fields(form);
        String url = SignedForm.url(settings, "/webhooks/twilio/status", uriInfo);
        if (!SignedForm.valid(settings, url, params, signature)) {
            LOG.warning(() -> "Rejected status callback with " + (signature == null ? "no" : "a wrong")
                    + " X-Twilio-Signature for " + url);
            return SignedForm.forbidden(url);
        }
        String status = first(params, "MessageStatus", "SmsStatus");
        if (status == null) {
            return Problems.of(Response.Status.BAD_REQUEST, "Missing MessageStatus",
                    "a status callback needs MessageStatus (or SmsStatus)");
        }
        String sid = first(params, "MessageSid", "SmsSid");
        Long id = messageId(uriInfo.getQueryParameters().getFirst("id"));
        if (id == null && sid == null) {
            return Problems.of(Response.Status.BAD_REQUEST, "No message named",
                    "a status callback needs a readable id (a positive number) or a MessageSid");
        }
        String code = first(params, "ErrorCode");
        ReportOutcome outcome = outbox.report(new DeliveryReport(id, sid, status, code, TwilioErrors.meaning(code),
                first(params, "RawDlrDoneDate"), TwilioErrors.isTransient(code)));
        if (outcome == ReportOutcome.UNKNOWN_STATUS) {
            LOG.warning(() -> "Ignored a status callback with an unknown status (" + clip(status) + ")");
        }
        Long shownId = id;
        LOG.fine(() -> "Status callback " + clip(status) + " for message " + shownId + ": " + outcome);
        return Response.noContent().header("X-Warmline-Outcome", outcome.name()).build();
    }

    /**
     * Our id from the callback URL ({@code ?id=}). An id that cannot be read (missing, empty, not a
     * positive number, too long) is not an error: the callback is then matched by its MessageSid, as
     * Twilio does not retry a callback we refuse and it would be lost.
     *
     * @param text the query parameter, or null
     * @return the id, or null when it cannot be read
     */
    static Long messageId(String text) {
        if (text == null || !text.trim().matches("[0-9]{1,18}")) {
            return null;
        }
        long id = Long.parseLong(text.trim());
        return id > 0 ? id : null;
    }

    private static String first(Map<String, String> params, String... names) {
        for (String n : names) {
            String v = params.get(n);
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static String clip(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
