package org.warmline.conversation.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.warmline.core.domain.worker.NoticeChannel;

/**
 * A channel a worker writes to us on and hears back on (DESIGN.md, "Flow of one message"): carried by
 * inbound messages, hand-offs, tickets and outbox rows instead of a name in a string. Stored as its
 * {@link #code()} ({@code sms}, {@code chat}: the text the {@code channel} columns have always held;
 * {@link ChannelConverter}) and shown in the console's JSON under the same code.
 *
 * <p>Adding a channel (WeChat, a domestic SMS gateway) is one constant here, saying how the worker is
 * addressed on it and whether a sender of its own drains the outbox, plus its adapter under
 * {@code channels/}; a channel addressed by something core does not keep yet (a WeChat OpenID) also
 * needs that address in core's {@code Worker} and a case in {@link Address}.
 */
public enum Channel {

    /** SMS through Twilio (channels/sms): addressed by the worker's phone, sent by the SMS outbox sender. */
    SMS("sms", Address.PHONE, true),

    /**
     * The web chat (channels/chat): addressed by the worker's chat id; no sender of its own, the worker's
     * page takes queued messages and reports them through {@link ChannelReceipts}.
     */
    CHAT("chat", Address.CHAT_ID, false);

    /** What identifies a worker on a channel: the sender of an inbound message, the {@code to} of an outbound one. */
    public enum Address {
        /** The worker's phone number, E.164 (core {@code Worker.phone()}). */
        PHONE,
        /** The worker's web-chat identity (core {@code Worker.chatId()}), opaque, at most 64 characters. */
        CHAT_ID
    }

    private final String code;
    private final Address address;
    private final boolean ownSender;

    Channel(String code, Address address, boolean ownSender) {
        this.code = code;
        this.address = address;
        this.ownSender = ownSender;
    }

    /** @return the stored and JSON form, lower case: {@code sms}, {@code chat} */
    public String code() {
        return code;
    }

    /** @return how a worker is addressed on this channel */
    public Address address() {
        return address;
    }

    /**
     * @return true when a sender of the channel's own claims its queued messages ({@link OutboxRelay#claimDue})
     *         and so applies the sending policy (opt-out, limits, merging); false when the worker's page
     *         takes them, and the outbox applies the opt-out when it queues
     */
    public boolean hasOwnSender() {
        return ownSender;
    }

    /**
     * @param code a stored or configured channel code, e.g. {@code "sms"}; case and surrounding blanks are ignored
     * @return the channel
     * @throws IllegalArgumentException for null, blank or an unknown code, naming the known ones
     */
    public static Channel parse(String code) {
        if (code != null) {
            String wanted = code.strip().toLowerCase(Locale.ROOT);
            for (Channel c : values()) {
                if (c.code.equals(wanted)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("unknown channel " + (code == null ? "null" : "'" + code + "'")
                + "; known channels: " + Arrays.stream(values()).map(Channel::code).collect(Collectors.joining(", ")));
    }

    /**
     * The channel a notice goes on, after core's one rule ({@code Worker.noticeChannel()}: by SMS to a
     * worker with a phone, else in their web chat; issue 10, item 3).
     *
     * @param notice core's answer, not null
     * @return the channel
     */
    public static Channel forNotices(NoticeChannel notice) {
        return switch (Objects.requireNonNull(notice, "notice")) {
            case SMS -> SMS;
            case CHAT -> CHAT;
        };
    }

    /** @return the {@link #code()}, so that logs read as before ("Inbound sms message …") */
    @Override
    public String toString() {
        return code;
    }
}
