package org.warmline.sms.interfaces.webhook;

import com.twilio.security.RequestValidator;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
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
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.conversation.api.InboundMessage;
import org.warmline.conversation.api.InboundMessages;
import org.warmline.conversation.api.InboundResult;
import org.warmline.core.domain.phone.InvalidPhoneNumberException;
import org.warmline.core.interfaces.rest.Problems;
import org.warmline.sms.application.TwilioSettings;

/**
 * Twilio's inbound-message webhook ({@code POST /webhooks/twilio/sms}, form-encoded UTF-8, Twilio
 * docs "Messaging webhooks"). Checks {@code X-Twilio-Signature} with twilio-java's RequestValidator
 * against {@code warmline.public-base-url} + path (+ query); a forged request gets 403 and nothing is
 * stored. The answer is TwiML: the bot's reply in a {@code <Message>}, or an empty
 * {@code <Response/>}.
 */
@Path("/webhooks/twilio/sms")
@RequestScoped
@Tag(name = "twilio", description = "Twilio webhooks")
public class TwilioSmsWebhook {

    private static final Logger LOG = Logger.getLogger(TwilioSmsWebhook.class.getName());

    /** Longest Body accepted, in characters; Twilio's own limit for a message is 1,600. */
    public static final int MAX_BODY = 4000;

    /** The channel name stored with each message. */
    public static final String CHANNEL = "sms";

    @Inject
    TwilioSettings settings;

    @Inject
    InboundMessages inbound;

    @Context
    UriInfo uriInfo;

    /**
     * @param signature Twilio's X-Twilio-Signature header
     * @param form      the webhook's form fields (MessageSid, From, To, Body, …)
     * @return 200 with TwiML; 403 problem+json for a bad signature; 400 problem+json for a missing
     *         MessageSid or From, or a From that is not a phone number
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_XML, Problems.MEDIA_TYPE})
    @Operation(summary = "Twilio inbound SMS webhook; answers TwiML")
    public Response receive(@HeaderParam("X-Twilio-Signature") String signature,
                            MultivaluedMap<String, String> form) {
        if (form == null || form.isEmpty()) {
            return Problems.of(Response.Status.BAD_REQUEST, "Empty webhook", "the request has no form fields");
        }
        Map<String, String> params = new HashMap<>();
        form.forEach((k, v) -> params.put(k, v == null || v.isEmpty() ? "" : v.get(0)));
        String url = signedUrl();
        if (signature == null || signature.isBlank()
                || !new RequestValidator(settings.authToken()).validate(url, params, signature)) {
            LOG.warning(() -> "Rejected SMS webhook with " + (signature == null ? "no" : "a wrong")
                    + " X-Twilio-Signature for " + url + " (MessageSid " + clip(params.get("MessageSid")) + ")");
            return Problems.of(Response.Status.FORBIDDEN, "Invalid Twilio signature",
                    "X-Twilio-Signature does not match this request for " + url);
        }
        String sid = params.get("MessageSid");
        String from = params.get("From");
        if (sid == null || sid.isBlank()) {
            return Problems.of(Response.Status.BAD_REQUEST, "Missing MessageSid", "the form has no MessageSid");
        }
        if (from == null || from.isBlank()) {
            return Problems.of(Response.Status.BAD_REQUEST, "Missing From", "the form has no From");
        }
        if (sid.length() > 64) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid MessageSid", "MessageSid is longer than 64");
        }
        if (from.contains(":")) {
            // e.g. "whatsapp:+86…": another Twilio channel, not an SMS sender
            return Problems.of(Response.Status.BAD_REQUEST, "Unsupported sender",
                    "From must be a phone number; channel-prefixed senders are not served here");
        }
        if (params.getOrDefault("Body", "").length() > MAX_BODY) {
            return Problems.of(Response.Status.BAD_REQUEST, "Body too long",
                    "Body has more than " + MAX_BODY + " characters (Twilio sends at most 1,600)");
        }
        InboundResult result;
        try {
            result = inbound.receive(new InboundMessage(CHANNEL, sid, from, params.getOrDefault("Body", "")));
        } catch (InvalidPhoneNumberException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid From", e.getMessage());
        }
        if (result.duplicate()) {
            LOG.info(() -> "SMS " + clip(sid) + " was delivered again; answered with the stored reply");
        }
        return Response.ok(twiml(result.reply()), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")).build();
    }

    /**
     * @param reply the text to send back, empty for none
     * @return TwiML: {@code <Response><Message>reply</Message></Response>} or {@code <Response/>}
     */
    static String twiml(String reply) {
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        if (reply != null && !reply.isBlank()) {
            response.message(new Message.Builder().body(new Body.Builder(reply).build()).build());
        }
        return response.build().toXml();
    }

    private String signedUrl() {
        String query = uriInfo.getRequestUri().getRawQuery();
        return settings.publicBaseUrl() + "/webhooks/twilio/sms" + (query == null ? "" : "?" + query);
    }

    /** @return the id cut to 40 characters with control characters replaced, safe for a log line */
    private static String clip(String sid) {
        if (sid == null) {
            return "-";
        }
        String safe = sid.replaceAll("\\p{Cntrl}", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "…" : safe;
    }

}
