package org.warmline.chat.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The opaque identity of a web-chat worker: 128 random bits issued by the server, written as 32
 * lower-case hex digits, kept by the browser. Never a phone number, never derived from one.
 *
 * @param value the 32 hex digits
 */
public record ChatId(String value) {

    /**
     * Prefix of a chat worker's identity as stored in core ({@code wk_worker.chat_id}) and given to
     * conversation as the sender ({@code InboundMessage.from}) of a {@code Channel.CHAT} message. Only a
     * name space for the stored identities: the channel is told by {@code InboundMessage.channel}, never by
     * this prefix. Kept so that the chat ids stored since the chat began still find their workers.
     */
    public static final String SENDER_PREFIX = "chat:";

    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern CLIENT_MESSAGE_ID = Pattern.compile("[A-Za-z0-9_-]{1,36}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** @throws IllegalArgumentException if the value is not 32 lower-case hex digits */
    public ChatId {
        if (value == null || !HEX32.matcher(value).matches()) {
            throw new IllegalArgumentException("a chat id is 32 lower-case hex digits");
        }
    }

    /** @return a new random chat id (128 bits from a SecureRandom) */
    public static ChatId random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new ChatId(HexFormat.of().formatHex(bytes));
    }

    /** @param text anything a client sent @return whether it has the shape of a chat id */
    public static boolean isWellFormed(String text) {
        return text != null && HEX32.matcher(text).matches();
    }

    /** @return the sender id conversation knows this worker by, {@code chat:<id>} */
    public String sender() {
        return SENDER_PREFIX + value;
    }

    /**
     * The channel message id for a message the browser numbered itself. Scoped to this chat id, so
     * that one worker can never replay (and read the reply to) another worker's message id; at most
     * 61 characters, within conversation's limit of 64.
     *
     * @param clientMessageId the browser's id (a UUID, or 1..36 of letters, digits, _ and -)
     * @return the id to store with the message
     * @throws IllegalArgumentException if the client id is missing or not of that shape
     */
    public String channelMessageId(String clientMessageId) {
        if (!isValidClientMessageId(clientMessageId)) {
            throw new IllegalArgumentException("clientMessageId must be 1..36 letters, digits, '_' or '-'");
        }
        return value.substring(0, 24) + ":" + clientMessageId;
    }

    /** @param clientMessageId a browser's message id @return whether it is acceptable */
    public static boolean isValidClientMessageId(String clientMessageId) {
        return clientMessageId != null && CLIENT_MESSAGE_ID.matcher(clientMessageId).matches();
    }

    /** @return the value; the id is an access token of sorts, so log {@link #masked()} instead */
    @Override
    public String toString() {
        return "ChatId[" + masked() + "]";
    }

    /** @return the first 6 hex digits and an ellipsis, for logs */
    public String masked() {
        return Objects.requireNonNull(value).substring(0, 6) + "…";
    }
}
