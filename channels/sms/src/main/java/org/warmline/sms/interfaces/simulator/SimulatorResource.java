package org.warmline.sms.interfaces.simulator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.warmline.conversation.api.OutboundView;
import org.warmline.conversation.api.OutboxRelay;
import org.warmline.conversation.api.SmsSegmentCount;
import org.warmline.conversation.api.TranscriptLine;
import org.warmline.conversation.api.Transcripts;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.phone.InvalidPhoneNumberException;
import org.warmline.core.domain.phone.PhoneNumber;
import org.warmline.core.interfaces.rest.Problems;
import org.warmline.sms.application.OutboxSender;
import org.warmline.sms.application.TwilioSettings;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The SMS simulator ({@code /simulator}), only when no Twilio sending credentials are configured
 * (404 otherwise): the page ({@code webapp/src/main/webapp/simulator/}: HTML, JS and CSS files, no
 * inline script) lets you pick a phone number and type as that worker. Typing drives the REAL
 * webhook: the server builds Twilio's form, signs it with the webhook token against
 * {@code warmline.public-base-url} exactly as Twilio would (docs "Validating requests") and POSTs it
 * to its own listening port. The page polls {@code /simulator/api/messages} every 2 seconds for the
 * transcript and the outbound messages with their delivery state.
 */
@Path("/simulator")
@RequestScoped
public class SimulatorResource {

    private static final Set<String> FILES = Set.of("simulator.js", "simulator.css");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * What the page types.
     *
     * @param phone the worker's number
     * @param body  the text
     */
    public record Typed(String phone, String body) { }

    /**
     * The webhook's answer as the page shows it.
     *
     * @param status     HTTP status of the webhook call
     * @param messageSid the simulated MessageSid
     * @param reply      the bot's reply from the TwiML (empty for none)
     * @param detail     why the webhook refused the message (its problem detail), or null when it took it
     */
    public record Answer(int status, String messageSid, String reply, String detail) { }

    /**
     * A number's messages.
     *
     * @param transcript every message of the worker's conversations, oldest first
     * @param outbound   outbound SMS with delivery state, newest first
     */
    public record Messages(List<TranscriptLine> transcript, List<OutboundView> outbound) { }

    @Inject
    TwilioSettings settings;

    @Inject
    WorkerDirectory workers;

    @Inject
    Transcripts transcripts;

    @Inject
    OutboxRelay relay;

    @Context
    ServletContext servletContext;

    @Context
    HttpServletRequest servletRequest;

    /**
     * @return true unless Warmline runs on the local simulator token: with a real Twilio auth token
     *         configured the simulator would sign webhooks with it, so it is never offered then
     */
    private boolean off() {
        return settings.twilioTransport() || !settings.simulator();
    }

    private static Response notHere() {
        return Problems.of(Response.Status.NOT_FOUND, "Not found",
                "the SMS simulator runs only without Twilio sending credentials");
    }

    /** @return the page, or a 404 page saying why outside simulator mode */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        if (off()) {
            return Response.status(Response.Status.NOT_FOUND).type("text/html;charset=UTF-8")
                    .entity("<!DOCTYPE html><html lang=\"en\"><meta charset=\"UTF-8\"><title>SMS simulator off</title>"
                            + "<p>The SMS simulator runs only without Twilio credentials. This server sends and"
                            + " receives SMS through Twilio; see the outbound messages in the console.</p></html>")
                    .build();
        }
        return file("index.html", "text/html;charset=UTF-8");
    }

    /**
     * Served by core's {@code StaticAssets} (ETag, revalidation); this bean is request-scoped, so the
     * file is read per request, which is fine for a development page.
     *
     * @param name        simulator.js or simulator.css
     * @param ifNoneMatch the browser's cached ETag
     * @return the file, 304 if unchanged, or 404
     */
    @GET
    @Path("/{name}")
    public Response asset(@PathParam("name") String name,
                          @jakarta.ws.rs.HeaderParam(jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (off() || !FILES.contains(name)) {
            return notHere();
        }
        return new org.warmline.core.interfaces.rest.StaticAssets(n -> servletContext.getResourceAsStream("/simulator/" + n))
                .serve(name, ifNoneMatch).build();
    }

    private Response file(String name, String type) {
        InputStream in = servletContext.getResourceAsStream("/simulator/" + name);
        if (in == null) {
            return notHere();
        }
        try (in) {
            return Response.ok(in.readAllBytes(), type).header("Cache-Control", "no-store").build();
        } catch (IOException e) {
            return Problems.of(Response.Status.INTERNAL_SERVER_ERROR, "Unreadable", "cannot read " + name);
        }
    }

    /**
     * Sends a text as the worker, through the real, signed webhook.
     *
     * @param typed number and text
     * @return the webhook's status and the bot's reply
     */
    @POST
    @Path("/api/send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Response send(Typed typed) throws InterruptedException {
        if (off()) {
            return notHere();
        }
        if (typed == null || typed.phone() == null || typed.body() == null || typed.body().isBlank()) {
            return Problems.of(Response.Status.BAD_REQUEST, "Missing field", "phone and body are required");
        }
        PhoneNumber phone;
        try {
            phone = PhoneNumber.parse(typed.phone());
        } catch (InvalidPhoneNumberException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid phone", e.getMessage());
        }
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("SmsMessageSid", sid);
        form.put("SmsSid", sid);
        form.put("AccountSid", "AC" + "0".repeat(32));
        form.put("From", phone.e164());
        form.put("To", "+15005550006");
        form.put("Body", typed.body());
        form.put("NumMedia", "0");
        form.put("NumSegments", String.valueOf(SmsSegmentCount.of(typed.body()).segments()));
        form.put("SmsStatus", "received");
        form.put("ApiVersion", "2010-04-01");
        String signature = sign(settings.authToken(), settings.publicBaseUrl() + "/webhooks/twilio/sms", form);
        String encoded = formEncoded(form);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + servletRequest.getLocalPort() + "/webhooks/twilio/sms"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(encoded, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Problems.of(Response.Status.BAD_GATEWAY, "Webhook unreachable",
                    "the simulator could not call its own webhook: " + e.getMessage());
        }
        Answer answer = response.statusCode() == 200
                ? new Answer(200, sid, replyIn(response.body()), null)
                : new Answer(response.statusCode(), sid, "", detailIn(response.body()));
        if (response.statusCode() == 200) {
            reportDelivery(actionIn(response.body()), phone);
        }
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Does what Twilio does after sending a TwiML reply: posts its StatusCallback ({@code <Message
     * action>}, Twilio docs "TwiML for Programmable Messaging") with "sent" and then "delivered", signed
     * like every Twilio request, so the reply's status moves on as it would with a real account.
     *
     * @param action the reply's callback URL (on the public base URL), or null when there is none
     * @param to     the worker's number
     */
    private void reportDelivery(String action, PhoneNumber to) throws InterruptedException {
        if (action == null || !action.startsWith(settings.publicBaseUrl() + "/")) {
            return;
        }
        String local = "http://127.0.0.1:" + servletRequest.getLocalPort()
                + action.substring(settings.publicBaseUrl().length());
        String replySid = "SM" + UUID.randomUUID().toString().replace("-", "");
        for (String status : new String[] {"sent", "delivered"}) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("MessageSid", replySid);
            form.put("SmsSid", replySid);
            form.put("AccountSid", "AC" + "0".repeat(32));
            form.put("From", "+15005550006");
            form.put("To", to.e164());
            form.put("MessageStatus", status);
            form.put("SmsStatus", status);
            form.put("ApiVersion", "2010-04-01");
            String encoded = formEncoded(form);
            HttpRequest callback = HttpRequest.newBuilder(URI.create(local)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("X-Twilio-Signature", sign(settings.authToken(), action, form))
                    .POST(HttpRequest.BodyPublishers.ofString(encoded, StandardCharsets.UTF_8)).build();
            try {
                CLIENT.send(callback, HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                return; // the reply was shown; its status just stays where it is
            }
        }
    }

    /** @param form fields in order @return them as application/x-www-form-urlencoded, UTF-8 */
    private static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /**
     * @param twiml the webhook's TwiML answer
     * @return the {@code action} of its {@code <Message>} (the reply's StatusCallback), or null
     */
    static String actionIn(String twiml) {
        NodeList messages = parse(twiml).getElementsByTagName("Message");
        if (messages.getLength() == 0) {
            return null;
        }
        String action = ((org.w3c.dom.Element) messages.item(0)).getAttribute("action");
        return action.isEmpty() ? null : action;
    }

    /**
     * @param twiml the webhook's TwiML answer
     * @return the text of its {@code <Body>}, empty for an empty {@code <Response/>}
     */
    static String replyIn(String twiml) {
        NodeList bodies = parse(twiml).getElementsByTagName("Body");
        return bodies.getLength() == 0 ? "" : bodies.item(0).getTextContent();
    }

    private static Document parse(String twiml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(twiml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("the webhook answered TwiML that does not parse", e);
        }
    }

    /** @return the {@code detail} of a problem+json answer, else the answer itself (cut short) */
    private static String detailIn(String answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer))) {
            JsonObject problem = reader.readObject();
            return problem.getString("detail", problem.getString("title", answer));
        } catch (JsonException | ClassCastException e) {
            return answer.length() > 200 ? answer.substring(0, 200) + "…" : answer;
        }
    }

    /**
     * @param phone the worker's number
     * @return the transcript and the outbound SMS with their states (empty for an unknown number)
     */
    @GET
    @Path("/api/messages")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Response messages(@QueryParam("phone") String phone) {
        if (off()) {
            return notHere();
        }
        PhoneNumber number;
        try {
            number = PhoneNumber.parse(phone);
        } catch (InvalidPhoneNumberException | NullPointerException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid phone", "phone must be a phone number");
        }
        List<TranscriptLine> lines = workers.byPhone(number)
                .map(w -> transcripts.linesForWorker(w.id(), 0, 500)).orElse(List.of());
        List<OutboundView> outbound = relay.outboundTo(OutboxSender.CHANNEL, number.e164(), 100);
        return Response.ok(new Messages(lines, outbound), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    /**
     * Twilio's signature: Base64(HMAC-SHA1(token, url + each sorted key and value)). twilio-java only
     * checks signatures (its {@code RequestValidator} keeps the computation private), so the simulator,
     * which plays Twilio, computes it here; the webhook checks it with twilio-java.
     */
    static String sign(String token, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
