package org.warmline.chat.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.warmline.chat.domain.ChatId;
import org.warmline.chat.domain.ChatSession;
import org.warmline.chat.domain.ChatSessionRepository;
import org.warmline.chat.domain.UnknownChatException;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.ChannelReceipts;
import org.warmline.conversation.api.FileReceipt;
import org.warmline.conversation.api.InboundFile;
import org.warmline.conversation.api.InboundFileMessage;
import org.warmline.conversation.api.InboundFiles;
import org.warmline.conversation.api.InboundMessage;
import org.warmline.conversation.api.InboundMessages;
import org.warmline.conversation.api.InboundResult;
import org.warmline.conversation.api.TranscriptLine;
import org.warmline.conversation.api.Transcripts;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.worker.Worker;

/**
 * The web chat's use cases: issue or resume a chat id, hand a worker's message to the dialog, and
 * read the worker's messages after a given id (for the page's stream and its fallback polling).
 */
@ApplicationScoped
public class ChatService {

    /**
     * @param body a message text, possibly null
     * @return whether it has characters and all are whitespace: spaces (also the ideographic space
     *         U+3000 and no-break spaces), tabs, line breaks, or invisible format characters such as
     *         the zero-width space. An empty text is not whitespace-only (it asks for the menu).
     */
    public static boolean isWhitespaceOnly(String body) {
        return body != null && !body.isEmpty() && body.codePoints().allMatch(c -> Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT);
    }

    /** The channel of every chat message. */
    public static final Channel CHANNEL = Channel.CHAT;
    /** Longest message a worker may send, in UTF-16 characters (the page's textarea counts the same). */
    public static final int MAX_BODY = 2_000;

    private static final Logger LOG = Logger.getLogger(ChatService.class.getName());

    /**
     * A chat as the page sees it.
     *
     * @param chatId      the chat id
     * @param created     true when the id was issued just now
     * @param workerId    the worker behind it (may change once, when a verified phone joins files)
     * @param language    the page's language, "zh" or "en"
     * @param maskedPhone the worker's verified phone, masked (138****8000), or null
     */
    public record Session(ChatId chatId, boolean created, long workerId, String language, String maskedPhone) { }

    @Inject
    ChatSessionRepository sessions;

    @Inject
    WorkerDirectory workers;

    @Inject
    InboundMessages inbound;

    @Inject
    Transcripts transcripts;

    @Inject
    InboundFiles files;

    @Inject
    ChannelReceipts receipts;

    @Inject
    Clock clock;

    /**
     * Issues a new chat id and its (chat-only) worker.
     *
     * @param language the page's language, "zh" or "en"
     * @return the new session
     */
    @Transactional
    public Session start(String language) {
        ChatSession session = new ChatSession(ChatId.random(), language, clock.instant());
        sessions.add(session);
        Worker worker = workers.findOrCreateByChat(session.chatId().sender(), session.language());
        LOG.info(() -> "Chat " + session.chatId().masked() + " started for worker " + worker.id());
        return view(session, worker, true);
    }

    /**
     * Resumes a chat the server issued earlier.
     *
     * @param chatId   the id the page kept
     * @param language the page's language now, or null to keep it
     * @return the session
     * @throws UnknownChatException if the id was never issued
     */
    @Transactional
    public Session resume(String chatId, String language) {
        ChatSession session = session(chatId);
        if (language != null) {
            session.speaks(language);
        }
        return view(session, worker(session), false);
    }

    /**
     * @param chatId a chat id from a client
     * @return the id of the worker behind it now
     * @throws UnknownChatException if the id was never issued
     */
    @Transactional
    public long workerOf(String chatId) {
        return worker(session(chatId)).id();
    }

    /**
     * @param chatId a chat id from a client
     * @return the page's language, "zh" or "en"
     * @throws UnknownChatException if the id was never issued
     */
    @Transactional
    public String languageOf(String chatId) {
        return session(chatId).language();
    }

    /**
     * Hands a worker's message to the dialog (stored first, then answered; conversation's own
     * transactions). A re-send with the same client message id stores nothing and gets the same reply.
     *
     * @param chatId          the chat id
     * @param clientMessageId the page's id for this message (a UUID)
     * @param body            the text, 0..{@link #MAX_BODY} characters
     * @return the stored message id, whether it was a duplicate, the reply and its language
     * @throws UnknownChatException     if the chat id was never issued
     * @throws IllegalArgumentException if the client id or the body is not acceptable
     */
    public InboundResult send(String chatId, String clientMessageId, String body) {
        String text = body == null ? "" : body;
        if (isWhitespaceOnly(text)) {
            throw new IllegalArgumentException("a message of only whitespace says nothing");
        }
        if (text.length() > MAX_BODY) {
            throw new IllegalArgumentException("a message may have at most " + MAX_BODY + " characters, this one has "
                    + text.length());
        }
        workerOf(chatId);
        ChatId id = new ChatId(chatId);
        String channelMessageId = id.channelMessageId(clientMessageId);
        return inbound.receive(new InboundMessage(CHANNEL, channelMessageId, id.sender(), text));
    }

    /**
     * Hands a file the worker attached (a photo or a PDF, issue 12 point 6) to conversation, which gives
     * it to legal aid (checked there by its bytes, at most 5 MiB) and answers in the page's language. A
     * re-send with the same client message id stores nothing new and gets the same reply.
     *
     * @param chatId          the chat id
     * @param clientMessageId the page's id for this upload (a UUID)
     * @param file            the file as read (at most {@link InboundFile#MAX_BYTES} + 1 bytes)
     * @return what became of the file, the reply and its language
     * @throws UnknownChatException     if the chat id was never issued
     * @throws IllegalArgumentException if the client id is not acceptable
     */
    public FileReceipt sendFile(String chatId, String clientMessageId, InboundFile file) {
        String language = languageOf(chatId);
        ChatId id = new ChatId(chatId);
        return files.receive(new InboundFileMessage(CHANNEL, id.channelMessageId(clientMessageId), id.sender(), 0,
                List.of(), List.of(file), language));
    }

    /**
     * The worker's messages after a message id, oldest first, with one-time codes hidden.
     *
     * @param workerId       the worker
     * @param afterMessageId only messages with a larger id (0 for all)
     * @param max            at most this many (1..500)
     * @return the messages
     */
    public List<TranscriptLine> linesAfter(long workerId, long afterMessageId, int max) {
        return transcripts.linesForWorker(workerId, afterMessageId, max).stream()
                .map(l -> new TranscriptLine(l.id(), l.direction(), ChatTexts.redactCodes(l.body()), l.status(),
                        l.createdAt()))
                .toList();
    }

    /**
     * The page received these messages (over its event stream or its polling fallback): the worker's
     * queued chat messages among them (operator replies, notices) become DELIVERED, which the operators'
     * console shows live (issue 10, item 3). Bot replies, already SENT, and inbound messages are left alone.
     *
     * @param workerId the worker whose page received them
     * @param lines    the messages the page was given
     * @return how many became DELIVERED
     */
    public int received(long workerId, List<TranscriptLine> lines) {
        List<Long> queued = lines.stream().filter(l -> "OUTBOUND".equals(l.direction()) && "QUEUED".equals(l.status()))
                .map(TranscriptLine::id).toList();
        if (queued.isEmpty()) {
            return 0;
        }
        try {
            return receipts.delivered(CHANNEL, workerId, queued);
        } catch (RuntimeException e) {
            // a receipt never stops the page's stream; the status stays QUEUED until the next delivery
            LOG.log(java.util.logging.Level.WARNING, "Could not record chat delivery for worker " + workerId, e);
            return 0;
        }
    }

    /**
     * The worker looked at the chat with every message up to an id on screen: those sent to the chat
     * become READ.
     *
     * @param chatId        the chat id
     * @param upToMessageId the newest message id on screen
     * @return how many became READ
     * @throws UnknownChatException if the id was never issued
     */
    public int read(String chatId, long upToMessageId) {
        return receipts.read(CHANNEL, workerOf(chatId), upToMessageId);
    }

    private ChatSession session(String chatId) {
        if (!ChatId.isWellFormed(chatId)) {
            throw new UnknownChatException();
        }
        return sessions.find(new ChatId(chatId)).orElseThrow(UnknownChatException::new);
    }

    private Worker worker(ChatSession session) {
        return workers.findOrCreateByChat(session.chatId().sender(), session.language());
    }

    private static Session view(ChatSession session, Worker worker, boolean created) {
        return new Session(session.chatId(), created, worker.id(), session.language(),
                worker.phone() == null ? null : worker.phone().masked());
    }
}
