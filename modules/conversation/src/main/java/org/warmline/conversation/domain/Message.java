package org.warmline.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One message of a conversation, inbound (from the worker) or outbound (bot or staff). An inbound
 * message is stored before it is processed ({@code processed=false}), so a crash between the two
 * loses nothing: a re-delivery of the same channel message id processes it then. The body is
 * personal data: never log it at INFO.
 */
@Entity
@Table(name = "cv_message")
public class Message {

    /** Direction seen from Warmline. */
    public enum Direction { INBOUND, OUTBOUND }

    /** Longest body kept, in characters (Twilio accepts 1,600; chat is limited to the same). */
    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cv_message_seq")
    @SequenceGenerator(name = "cv_message_seq", sequenceName = "cv_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "direction", nullable = false, length = 8)
    private String direction;

    @Column(name = "channel", nullable = false, length = 16)
    private String channel;

    @Column(name = "channel_message_id", length = 64)
    private String channelMessageId;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "reply_to_id")
    private Long replyToId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected Message() {
    }

    private Message(long conversationId, Direction direction, String channel, String channelMessageId,
                    String body, String status, Long replyToId, Instant now) {
        this.conversationId = conversationId;
        this.direction = direction.name();
        this.channel = Objects.requireNonNull(channel);
        this.channelMessageId = channelMessageId;
        String text = body == null ? "" : body;
        this.body = text.length() > MAX_BODY ? text.substring(0, MAX_BODY) : text;
        this.status = status;
        this.replyToId = replyToId;
        this.createdAt = now;
    }

    /**
     * @param conversationId   conversation
     * @param channel          channel name
     * @param channelMessageId the channel's id (MessageSid)
     * @param body             text (cut to {@link #MAX_BODY})
     * @param now              arrival time
     * @return a received, not yet processed, inbound message
     */
    public static Message inbound(long conversationId, String channel, String channelMessageId, String body,
                                  Instant now) {
        return new Message(conversationId, Direction.INBOUND, channel, channelMessageId, body, "RECEIVED", null,
                now);
    }

    /**
     * @param conversationId conversation
     * @param channel        channel name
     * @param body           the reply text
     * @param replyToId      the inbound message it answers
     * @param now            time
     * @return the bot's reply, sent inside the channel's synchronous answer (TwiML for SMS)
     */
    public static Message botReply(long conversationId, String channel, String body, long replyToId, Instant now) {
        return new Message(conversationId, Direction.OUTBOUND, channel, null, body, "SENT", replyToId, now);
    }

    /** Marks an inbound message as processed by the dialog. */
    public void markProcessed() {
        this.status = "PROCESSED";
    }

    /** @return whether the dialog has processed this inbound message */
    public boolean isProcessed() {
        return "PROCESSED".equals(status);
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return conversation id */
    public long conversationId() {
        return conversationId;
    }

    /** @return direction */
    public Direction direction() {
        return Direction.valueOf(direction);
    }

    /** @return channel name */
    public String channel() {
        return channel;
    }

    /** @return the channel's id, or null for outbound */
    public String channelMessageId() {
        return channelMessageId;
    }

    /** @return the text */
    public String body() {
        return body;
    }

    /** @return RECEIVED/PROCESSED for inbound; SENT (and later delivery states) for outbound */
    public String status() {
        return status;
    }

    /** @return the inbound message this answers, or null */
    public Long replyToId() {
        return replyToId;
    }

    /** @return time */
    public Instant createdAt() {
        return createdAt;
    }
}
