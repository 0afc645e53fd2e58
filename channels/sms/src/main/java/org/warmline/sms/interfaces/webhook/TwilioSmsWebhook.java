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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.conversation.api.FileReceipt;
import org.warmline.conversation.api.InboundFile;
import org.warmline.conversation.api.InboundFileMessage;
import org.warmline.conversation.api.InboundFiles;
import org.warmline.conversation.api.InboundMedia;
import org.warmline.conversation.api.InboundMessage;
import org.warmline.conversation.api.InboundMessages;
import org.warmline.conversation.api.InboundResult;
import org.warmline.core.domain.phone.InvalidPhoneNumberException;
import org.warmline.core.interfaces.rest.Problems;
import org.warmline.sms.application.Base64Body;
import org.warmline.sms.application.OutboxSender;
import org.warmline.sms.application.TwilioSettings;
import org.warmline.sms.infrastructure.TwilioMedia;

/**
 * Twilio's inbound-message webhook ({@code POST /webhooks/twilio/sms}, form-encoded UTF-8, Twilio
 * docs "Messaging webhooks"). Checks {@code X-Twilio-Signature} with twilio-java's RequestValidator
 * against {@code warmline.public-base-url} + path (+ query); a forged request gets 403 and nothing is
 * stored. The answer is TwiML: the bot's reply in a {@code <Message>}, or an empty
 * {@code <Response/>}. An MMS keeps its media ({@link #media}); a Body that is strict base64 of
 * UTF-8 text ({@link Base64Body}) is decoded for the dialog and the raw body kept with the message.
 */
@Path("/webhooks/twilio/sms")
@RequestScoped
@Tag(name = "twilio", description = "Twilio webhooks")
public class TwilioSmsWebhook {

    private static final Logger LOG = Logger.getLogger(TwilioSmsWebhook.class.getName());

    /** Longest Body accepted, in characters; Twilio's own limit for a message is 1,600. */
    public static final int MAX_BODY = 4000;

    @Inject
    TwilioSettings settings;

    @Inject
    InboundMessages inbound;

    @Inject
    InboundFiles files;

    @Inject
    TwilioMedia mediaFiles;

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
        Map<String, String> params = SignedForm.fields(form);
        String url = SignedForm.url(settings, "/webhooks/twilio/sms", uriInfo);
        if (!SignedForm.valid(settings, url, params, signature)) {
            LOG.warning(() -> "Rejected SMS webhook with " + (signature == null ? "no" : "a wrong")
                    + " X-Twilio-Signature for " + url + " (MessageSid " + clip(params.get("MessageSid")) + ")");
            return SignedForm.forbidden(url);
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
        String raw = params.getOrDefault("Body", "");
        Optional<String> decoded = Base64Body.decode(raw);
        List<InboundMedia> media = media(params, sid);
        String text = decoded.orElse(raw);
        if (!media.isEmpty()) {
            return withFiles(sid, from, text, decoded.isPresent() ? raw : null, media);
        }
        InboundResult result;
        try {
            result = inbound.receive(new InboundMessage(OutboxSender.CHANNEL, sid, from, text,
                    decoded.isPresent() ? raw : null, media));
        } catch (InvalidPhoneNumberException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid From", e.getMessage());
        }
        if (result.duplicate()) {
            LOG.info(() -> "SMS " + clip(sid) + " was delivered again; answered with the stored reply");
        }
        String callback = result.replyId() > 0 ? settings.statusCallbackUrl(result.replyId()) : null;
        return Response.ok(twiml(result.reply(), callback), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .build();
    }

    /**
     * An MMS (issue 12, point 6): its media are fetched from Twilio ({@link TwilioMedia}: the account's
     * credentials, a timeout, at most 5 MiB each) and handed to conversation, which gives them to legal
     * aid (checked by their bytes) or keeps them with the message. A message of media only is answered
     * with what became of the files; one with text too gets the dialog's reply to the text, then that.
     */
    private Response withFiles(String sid, String from, String text, String rawBody, List<InboundMedia> media) {
        List<InboundFile> fetched = mediaFiles.fetch(media);
        try {
            if (text.isBlank()) {
                FileReceipt receipt = files.receive(new InboundFileMessage(OutboxSender.CHANNEL, sid, from, 0, media,
                        fetched, null));
                String callback = receipt.replyId() > 0 ? settings.statusCallbackUrl(receipt.replyId()) : null;
                return Response.ok(twiml(receipt.reply(), callback), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                        .build();
            }
            InboundResult result = inbound.receive(new InboundMessage(OutboxSender.CHANNEL, sid, from, text, rawBody,
                    media));
            FileReceipt receipt = files.receive(new InboundFileMessage(OutboxSender.CHANNEL, sid, from,
                    result.messageId(), List.of(), fetched, result.language()));
            String reply = result.reply() == null || result.reply().isBlank() ? receipt.reply()
                    : result.reply() + "\n" + receipt.reply();
            String callback = result.replyId() > 0 ? settings.statusCallbackUrl(result.replyId()) : null;
            return Response.ok(twiml(reply, callback), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")).build();
        } catch (InvalidPhoneNumberException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid From", e.getMessage());
        }
    }

    /**
     * The media of an MMS (Twilio docs "Messaging webhooks": {@code NumMedia}, {@code MediaUrlN},
     * {@code MediaContentTypeN}, N = 0 … 9). Only absolute http(s) URLs are kept; another scheme
     * ({@code javascript:}, {@code data:}) or a malformed URL is dropped and logged without the URL.
     *
     * @param params the webhook's fields
     * @param sid    the MessageSid, for the log
     * @return the media in order, at most 10
     */
    static List<InboundMedia> media(Map<String, String> params, String sid) {
        List<InboundMedia> media = new ArrayList<>();
        int dropped = 0;
        for (int n = 0; n < InboundMedia.MAX_PER_MESSAGE; n++) {
            String url = params.get("MediaUrl" + n);
            if (url == null || url.isBlank()) {
                continue;
            }
            if (InboundMedia.isWebUrl(url.strip())) {
                media.add(new InboundMedia(url.strip(), params.get("MediaContentType" + n)));
            } else {
                dropped++;
            }
        }
        if (dropped > 0) {
            int count = dropped;
            LOG.warning(() -> "SMS " + clip(sid) + ": dropped " + count + " media URL(s) that are not http(s)");
        }
        return media;
    }

    /** What twilio-java's {@code TwiML.toXml()} puts before the root element. */
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /**
     * Writes the TwiML answer directly. It is the same text twilio-java's
     * {@code MessagingResponse.toXml()} gives (pinned by {@code TwimlTest}), without its cost: that
     * method looks up a DOM and a transformer factory through {@code ServiceLoader} on every call,
     * which scans every jar of the application and was a fifth of the webhook's CPU time. Naming the
     * JDK's factories in system properties makes the lookup cheap but not the DOM and identity
     * transform behind it: on a plain classpath, 10,000 calls took about 39 µs each as shipped, 31 µs
     * with the properties set, and 2 µs here.
     *
     * @param reply          the text to send back, empty for none; valid XML characters only
     *                       (see {@code SafeText.forXml})
     * @param statusCallback where Twilio reports the reply's delivery (TwiML {@code <Message action>},
     *                       Twilio docs "TwiML for Programmable Messaging"), carrying our id; or null
     * @return TwiML: {@code <Response><Message>reply</Message></Response>} or {@code <Response/>}
     */
    static String twiml(String reply, String statusCallback) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION.length() + 64 + (reply == null ? 0 : reply.length() * 2));
        xml.append(XML_DECLARATION);
        if (reply == null || reply.isBlank()) {
            return xml.append("<Response/>").toString();
        }
        xml.append("<Response><Message");
        if (statusCallback != null) {
            if (isUri(statusCallback)) {
                // like twilio-java, which drops an action that is not a URI (and keeps the method)
                xml.append(" action=\"");
                escape(statusCallback, true, xml);
                xml.append('"');
            }
            xml.append(" method=\"POST\"");
        }
        xml.append("><Body>");
        escape(reply, false, xml);
        return xml.append("</Body></Message></Response>").toString();
    }

    private static boolean isUri(String text) {
        if (text == null) {
            return false;
        }
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Escapes text or an attribute value the way the JDK's XML serializer does for UTF-8 output. */
    private static void escape(String text, boolean attribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                // outside the Basic Multilingual Plane (emoji, CJK Ext-B): a character reference
                out.append("&#").append(Character.toCodePoint(c, text.charAt(++i))).append(';');
                continue;
            }
            if (c >= 0x7F && c <= 0x9F) {
                out.append("&#").append((int) c).append(';');
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
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
