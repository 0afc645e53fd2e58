package org.warmline.chat.domain;

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
 * A chat id the server issued, with the language the worker's page shows (used for the SMS with a
 * one-time code). The worker behind it is core's, found by {@link ChatId#sender()}.
 */
@Entity
@Table(name = "ch_chat_session")
public class ChatSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ch_chat_session_seq")
    @SequenceGenerator(name = "ch_chat_session_seq", sequenceName = "ch_chat_session_seq", allocationSize = 50)
    private Long id;

    @Column(name = "chat_id", nullable = false, unique = true, length = 32)
    private String chatId;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected ChatSession() {
    }

    /**
     * @param chatId   the issued id
     * @param language "zh" or "en"
     * @param now      when it was issued
     */
    public ChatSession(ChatId chatId, String language, Instant now) {
        this.chatId = Objects.requireNonNull(chatId, "chatId").value();
        this.language = Language.of(language);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** @return the chat id */
    public ChatId chatId() {
        return new ChatId(chatId);
    }

    /** @return "zh" or "en" */
    public String language() {
        return language;
    }

    /** @param language the language the page now shows, "zh" or "en" (anything else: "zh") */
    public void speaks(String language) {
        this.language = Language.of(language);
    }

    /** @return when the id was issued */
    public Instant createdAt() {
        return createdAt;
    }

    /** The two languages of the page. */
    public static final class Language {
        private Language() {
        }

        /** @param language what a client asked for, may be null @return "en" for English, else "zh" */
        public static String of(String language) {
            return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "zh";
        }
    }
}
