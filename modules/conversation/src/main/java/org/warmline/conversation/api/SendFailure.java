package org.warmline.conversation.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Why a provider did not take a message, sorted the way the outbox must react.
 *
 * @param category   what to do about it
 * @param code       the provider's error code (Twilio's, e.g. "21211") or the HTTP status, or null
 *                   for a network error
 * @param reason     a short text without personal data
 * @param retryAfter the wait the provider asked for (HTTP Retry-After), or null
 */
public record SendFailure(Category category, String code, String reason, Duration retryAfter) {

    /** How the outbox reacts to a failure. */
    public enum Category {
        /** Network error, timeout, HTTP 5xx, HTTP 429 / Twilio 20429: try again later with backoff. */
        RETRYABLE,
        /** The recipient opted out at the provider (Twilio 21610): FAILED, and the worker is opted out. */
        RECIPIENT_OPTED_OUT,
        /** Anything else (Twilio 21211 invalid number, 21614 not a mobile, 4xx): FAILED, not retried. */
        PERMANENT
    }

    /** @throws NullPointerException if category or reason is missing */
    public SendFailure {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
    }
}
