package org.warmline.chat.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.chat.application.ChatService;
import org.warmline.chat.application.PhoneVerificationService;
import org.warmline.chat.application.PhoneVerificationService.Issued;
import org.warmline.chat.domain.ChatId;
import org.warmline.chat.domain.OneTimeCode;
import org.warmline.chat.domain.PhoneVerification;
import org.warmline.chat.domain.UnknownChatException;
import org.warmline.conversation.api.FileReceipt;
import org.warmline.conversation.api.InboundFile;
import org.warmline.conversation.api.InboundResult;
import org.warmline.conversation.api.TranscriptLine;
import org.warmline.core.domain.phone.InvalidPhoneNumberException;
import org.warmline.core.interfaces.rest.Problems;

/**
 * The worker-facing chat API, {@code /chat/api/sessions}: start or resume a chat, send messages,
 * read them (JSON, or a server-sent-events stream with the message id as event id), and add a phone
 * by one-time code. Anyone holding a chat id may use it (no staff login); the id is 128 random bits.
 */
@Path("chat/api/sessions")
@ApplicationScoped
@Tag(name = "chat", description = "Worker web chat")
public class ChatResource {

    /** Largest JSON request body accepted, in characters (a 2,000-character message fits easily). */
    static final int MAX_REQUEST = 16_384;

    @Inject
    ChatService chats;

    @Inject
    PhoneVerificationService verification;

    @Inject
    ChatEventStreams streams;

    @Inject
    Clock clock;

    /**
     * Starts a chat (no {@code chatId}: a new id is issued, 201) or resumes one (200).
     *
     * @param json {@code {"chatId": "…32 hex…" (optional), "language": "zh"|"en" (optional)}}
     * @return {@code {"chatId", "language", "phone": masked or null}}; 404 problem for an unknown id
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Start a new chat (issues a chat id) or resume one")
    public Response start(String json) {
        JsonObject request = parse(json);
        String chatId = text(request, "chatId");
        String language = text(request, "language");
        ChatService.Session session = chatId == null ? chats.start(language) : chats.resume(chatId, language);
        return Response.status(session.created() ? Response.Status.CREATED : Response.Status.OK)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .cacheControl(noStore())
                .entity(Json.createObjectBuilder()
                        .add("chatId", session.chatId().value())
                        .add("language", session.language())
                        .add("phone", session.maskedPhone() == null ? JsonValue.NULL
                                : Json.createValue(session.maskedPhone()))
                        .build().toString())
                .build();
    }

    /**
     * Sends a worker's message to the dialog. Idempotent on {@code clientMessageId}: a re-send stores
     * nothing new and gets the same reply.
     *
     * @param chatId the chat id
     * @param json   {@code {"clientMessageId": "<uuid>", "body": "…" (0..2,000 characters)}}
     * @return {@code {"messageId", "duplicate", "reply", "language"}}; 400 problem+json for a bad request
     *         (a body over {@link ChatService#MAX_BODY} characters — the page's textarea maxlength — or of
     *         whitespace only), 404 for an unknown chat id
     */
    @POST
    @Path("{chatId}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Send a message; the reply comes back here and on the event stream")
    public Response send(@PathParam("chatId") String chatId, String json) {
        JsonObject request = parse(json);
        String clientMessageId = text(request, "clientMessageId");
        String body = text(request, "body");
        if (body != null && body.length() > ChatService.MAX_BODY) {
            return ChatProblems.of(400, "Message too long", "a message may have at most " + ChatService.MAX_BODY
                    + " characters; this one has " + body.length(), Json.createObjectBuilder()
                    .add("maxLength", ChatService.MAX_BODY));
        }
        if (ChatService.isWhitespaceOnly(body)) {
            return ChatProblems.of(400, "Empty message", "a message of only spaces or line breaks says nothing;"
                    + " send text (an empty body gets the menu)", Json.createObjectBuilder());
        }
        if (!ChatId.isValidClientMessageId(clientMessageId)) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid clientMessageId",
                    "clientMessageId is required: 1..36 letters, digits, '_' or '-' (a UUID)");
        }
        InboundResult result = chats.send(chatId, clientMessageId, body);
        return Response.ok(Json.createObjectBuilder()
                        .add("messageId", result.messageId())
                        .add("duplicate", result.duplicate())
                        .add("reply", result.reply() == null ? "" : result.reply())
                        .add("language", result.language() == null ? "zh" : result.language())
                        .build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .cacheControl(noStore()).build();
    }

    /**
     * Attaches a file (a photo or a PDF; issue 12, point 6): the request body is the file itself, its
     * Content-Type as the browser declares it (never trusted: legal aid reads the real type from the
     * bytes). At most {@link InboundFile#MAX_BYTES} bytes: reading stops one byte past the limit.
     *
     * @param chatId          the chat id
     * @param clientMessageId the page's id for this upload (a UUID): a re-send stores nothing new
     * @param name            the file's name on the worker's phone (optional, shown to staff)
     * @param contentType     the declared Content-Type
     * @param body            the file
     * @return 201 {@code {"messageId", "duplicate", "outcome", "reply", "language"}} for a kept file;
     *         problem+json with {@code outcome} and {@code reply} (the worker's language) and nothing
     *         stored: 400 for an empty file, 413 for one over 5 MiB, 415 for one that is not a JPEG, PNG,
     *         WebP or HEIC picture or a PDF whatever it claims; 400 for a bad clientMessageId; 404 for an
     *         unknown chat id
     */
    @POST
    @Path("{chatId}/files")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Attach a photo or PDF (the body is the file, at most 5 MiB); the reply says where it went")
    public Response sendFile(@PathParam("chatId") String chatId, @QueryParam("clientMessageId") String clientMessageId,
                             @QueryParam("name") String name, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                             InputStream body) {
        chats.workerOf(chatId);
        if (!ChatId.isValidClientMessageId(clientMessageId)) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid clientMessageId",
                    "clientMessageId is required: 1..36 letters, digits, '_' or '-' (a UUID)");
        }
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(InboundFile.MAX_BYTES + 1);
            if (bytes.length > InboundFile.MAX_BYTES) {
                drain(body);
            }
        } catch (IOException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "Upload broken off", "the file could not be read to its end");
        }
        FileReceipt receipt = chats.sendFile(chatId, clientMessageId, new InboundFile(name, contentType, bytes));
        FileReceipt.Outcome outcome = receipt.outcomes().get(0);
        if (outcome.refused()) {
            int status = switch (outcome) {
                case TOO_LARGE -> 413;
                case NOT_ACCEPTED -> 415;
                default -> 400;
            };
            String title = switch (outcome) {
                case TOO_LARGE -> "File too large";
                case NOT_ACCEPTED -> "Not a photo or PDF";
                default -> "Empty file";
            };
            return ChatProblems.of(status, title, switch (outcome) {
                case TOO_LARGE -> "a file may have at most " + InboundFile.MAX_BYTES + " bytes (5 MiB); nothing was stored";
                case NOT_ACCEPTED -> "the file's bytes are not a JPEG, PNG, WebP or HEIC picture or a PDF,"
                        + " whatever its name or type says; nothing was stored";
                default -> "the file has no bytes; nothing was stored";
            }, Json.createObjectBuilder().add("outcome", outcome.name()).add("reply", receipt.reply())
                    .add("language", receipt.language()).add("maxBytes", InboundFile.MAX_BYTES));
        }
        return Response.status(receipt.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(Json.createObjectBuilder()
                        .add("messageId", receipt.messageId())
                        .add("duplicate", receipt.duplicate())
                        .add("outcome", outcome.name())
                        .add("reply", receipt.reply())
                        .add("language", receipt.language())
                        .build().toString())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).cacheControl(noStore()).build();
    }

    /**
     * The worker's messages after a message id, oldest first (for a page without a working stream).
     *
     * @param chatId the chat id
     * @param after  only messages with a larger id (default 0: from the start)
     * @param max    at most this many (1..500, default 100)
     * @return {@code {"messages": [{"id", "direction", "body", "createdAt"}]}}
     */
    @GET
    @Path("{chatId}/messages")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "The worker's messages after a message id")
    public Response messages(@PathParam("chatId") String chatId, @QueryParam("after") String after,
                             @QueryParam("max") String max) {
        long workerId = chats.workerOf(chatId);
        int limit = (int) Math.max(1, Math.min(500, number(max, "max", 100)));
        List<TranscriptLine> lines = chats.linesAfter(workerId, number(after, "after", 0), limit);
        chats.received(workerId, lines);
        JsonArrayBuilder array = Json.createArrayBuilder();
        lines.forEach(l -> array.add(ChatEventStreams.json(l)));
        return Response.ok(Json.createObjectBuilder().add("messages", array).build().toString(),
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).cacheControl(noStore()).build();
    }

    /**
     * Read receipt: the worker has the chat on screen with every message up to {@code upTo}; messages
     * sent to the chat (operator replies, notices) up to it become READ in the operators' console.
     *
     * @param chatId the chat id
     * @param json   {@code {"upTo": <message id>}}
     * @return 204; 400 problem when upTo is not a message id; 404 for an unknown chat id
     */
    @POST
    @Path("{chatId}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE}) // the page asks for JSON; a problem is the only body
    @Operation(summary = "Read receipt: the worker saw every message up to an id")
    public Response read(@PathParam("chatId") String chatId, String json) {
        JsonValue upTo = parse(json).get("upTo");
        if (!(upTo instanceof jakarta.json.JsonNumber n) || !n.isIntegral() || n.longValue() < 0) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid upTo", "upTo must be a message id (a whole number)");
        }
        chats.read(chatId, n.longValue());
        return Response.noContent().build();
    }

    /**
     * Server-sent events: each of the worker's messages as an event {@code message} whose id is the
     * message id and whose data is {@code {"id", "direction", "body", "createdAt"}}; first everything
     * after {@code Last-Event-ID} (the browser sends it when it reconnects) or else {@code ?after=},
     * then new messages as they are stored; a comment every 15 seconds keeps proxies from closing it.
     *
     * @param chatId      the chat id
     * @param lastEventId the id of the last event the client saw (wins over {@code after})
     * @param after       the last message id the page has, when it opens a fresh stream
     * @param sink        the stream
     * @param sse         the event factory
     */
    @GET
    @Path("{chatId}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Stream of the worker's messages (text/event-stream); resumes after Last-Event-ID")
    public void events(@PathParam("chatId") String chatId,
                       @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
                       @QueryParam("after") String after,
                       @Context SseEventSink sink, @Context Sse sse) {
        long workerId;
        long from;
        try {
            workerId = chats.workerOf(chatId);
            from = lastEventId != null && !lastEventId.isBlank() ? number(lastEventId, "Last-Event-ID", 0)
                    : number(after, "after", 0);
        } catch (UnknownChatException e) {
            throw new WebApplicationException(ChatProblems.unknownChat());
        }
        streams.open(workerId, from, sink, sse);
    }

    /**
     * Sends a one-time code by SMS to a phone the worker wants to add.
     *
     * @param chatId the chat id
     * @param json   {@code {"phone": "13800138000"}}
     * @return 202 {@code {"phone": masked, "expiresAt"}}; 400 problem for a number that is not a
     *         valid mobile; 429 (Retry-After) after 3 codes to one phone (5 per chat) in an hour; 503
     *         when no SMS can be sent
     */
    @POST
    @Path("{chatId}/phone")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Send a one-time code by SMS to a phone the worker wants to add")
    public Response requestCode(@PathParam("chatId") String chatId, String json) {
        String phone = text(parse(json), "phone");
        long workerId = chats.workerOf(chatId);
        Issued issued;
        try {
            issued = verification.requestCode(workerId, phone, chats.languageOf(chatId));
        } catch (InvalidPhoneNumberException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid phone number", e.getMessage());
        }
        if (issued instanceof Issued.Sent sent) {
            return Response.accepted(Json.createObjectBuilder().add("phone", sent.maskedPhone())
                            .add("expiresAt", sent.expiresAt().toString()).build().toString())
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        }
        if (issued instanceof Issued.RateLimited limited) {
            long seconds = Math.max(1, Duration.between(clock.instant(), limited.retryAt()).toSeconds());
            return Response.fromResponse(ChatProblems.of(429, "Too many codes",
                            "at most 3 codes per phone (5 per chat) in an hour; try again after " + limited.retryAt(),
                            Json.createObjectBuilder().add("retryAt", limited.retryAt().toString())))
                    .header(HttpHeaders.RETRY_AFTER, seconds).build();
        }
        return Problems.of(Response.Status.SERVICE_UNAVAILABLE, "SMS not available",
                "no SMS outbox is deployed; a code cannot be sent now");
    }

    /**
     * Checks the one-time code the worker typed; on success the phone is the worker's.
     *
     * @param chatId the chat id
     * @param json   {@code {"code": "123456"}}
     * @return 200 {@code {"phone": masked}}; 400 problem "Wrong code" with {@code attemptsLeft};
     *         400 "Invalid code" when not six digits (not counted); 410 when the code expired, was
     *         tried 5 times or none was sent
     */
    @POST
    @Path("{chatId}/phone/code")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(summary = "Confirm a phone with the one-time code from the SMS")
    public Response confirmCode(@PathParam("chatId") String chatId, String json) {
        String typed = text(parse(json), "code");
        long workerId = chats.workerOf(chatId);
        var code = OneTimeCode.read(typed);
        if (code.isEmpty()) {
            return Problems.of(Response.Status.BAD_REQUEST, "Invalid code", "the code is six digits");
        }
        PhoneVerificationService.Confirmed confirmed = verification.confirm(workerId, code.get());
        PhoneVerification.Outcome outcome = confirmed.outcome();
        return switch (outcome) {
            case VERIFIED -> Response.ok(Json.createObjectBuilder().add("phone", confirmed.maskedPhone())
                    .build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
            case WRONG_CODE -> ChatProblems.of(400, "Wrong code", "the code does not match; "
                    + confirmed.attemptsLeft() + " attempts left", Json.createObjectBuilder()
                    .add("attemptsLeft", confirmed.attemptsLeft()));
            case TOO_MANY_ATTEMPTS -> ChatProblems.of(410, "Too many attempts",
                    "the code was typed wrong " + PhoneVerification.MAX_ATTEMPTS + " times; ask for a new code",
                    Json.createObjectBuilder().add("attemptsLeft", 0));
            case EXPIRED -> ChatProblems.of(410, "Code expired", "the code is older than 10 minutes; ask for a new code",
                    Json.createObjectBuilder().add("attemptsLeft", 0));
            case NOT_PENDING -> ChatProblems.of(410, "No code", "there is no code waiting; ask for a new code",
                    Json.createObjectBuilder().add("attemptsLeft", 0));
        };
    }

    /** Most bytes of an oversized upload read (and dropped) so that the client gets the 413 on an open connection. */
    static final long MAX_DRAIN = 32L * 1024 * 1024;

    /**
     * Reads and drops the rest of an oversized upload, up to {@link #MAX_DRAIN} bytes: a client still sending
     * when the server answers and closes would see a broken connection instead of the 413 and its reply.
     */
    private static void drain(InputStream body) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long dropped = 0;
        int n;
        while (dropped < MAX_DRAIN && (n = body.read(sink)) > 0) {
            dropped += n;
        }
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (json.length() > MAX_REQUEST) {
            throw new WebApplicationException(Problems.of(413, "Request too large",
                    "a request body may have at most " + MAX_REQUEST + " characters"));
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new WebApplicationException(Problems.of(Response.Status.BAD_REQUEST, "Invalid JSON",
                    "the request body must be a JSON object"));
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw new WebApplicationException(Problems.of(Response.Status.BAD_REQUEST, "Invalid " + name,
                    name + " must be a string"));
        }
        return s.getString();
    }

    private static long number(String text, String name, long fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problems.of(Response.Status.BAD_REQUEST, "Invalid " + name,
                    name + " must be a message id (a whole number, 0 or more)"));
        }
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
