package org.warmline.sms.infrastructure;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import java.time.Duration;
import java.util.Map;
import org.warmline.conversation.api.SendFailure;
import org.warmline.conversation.api.SendFailure.Category;

/**
 * Sorts Twilio's answers (Twilio docs, "Error and Warning Dictionary"; "Outbound Message Status in
 * Status Callbacks") into what the outbox must do.
 * <ul>
 *   <li>network errors and timeouts, HTTP 5xx, HTTP 429 / error 20429 "Too Many Requests" (also
 *       401, a credential being rotated): retried with backoff;</li>
 *   <li>the passing provider errors of {@link #TRANSIENT} (rate limits, queue overflow, congestion,
 *       maintenance), whether the REST call answers them or a status callback reports them: retried
 *       with backoff, not final;</li>
 *   <li>21610 "Attempt to send to unsubscribed recipient" (the number replied STOP to this sender):
 *       failed, and the worker is opted out;</li>
 *   <li>21211 "Invalid 'To' Phone Number", 21614 "'To' number is not a valid mobile number", and every
 *       other 4xx: failed, not retried.</li>
 * </ul>
 */
public final class TwilioErrors {

    /** Twilio error: the recipient replied STOP. */
    public static final int UNSUBSCRIBED = 21610;
    /** Twilio error: too many requests. */
    public static final int TOO_MANY_REQUESTS = 20429;

    /**
     * Twilio errors that say "not now" rather than "never" — each entry's page in Twilio's Error and
     * Warning Dictionary (https://www.twilio.com/docs/api/errors/NNNNN) names a rate, a queue, a
     * capacity or maintenance as the cause and waiting or slowing down as the solution:
     * <ul>
     *   <li>20429 Too Many Requests; 20500 Internal Server Error; 20503 Service unavailable ("try again
     *       a few times with exponential back-off");</li>
     *   <li>21611 the 'From' number's queue is full (more than 10 hours of messages queued);</li>
     *   <li>21730 system under maintenance ("try again later");</li>
     *   <li>30001 Queue overflow (sent too many messages too quickly);</li>
     *   <li>30017 Carrier network congestion; 30022 US A2P 10DLC rate limits exceeded;</li>
     *   <li>63017 Rate limit exceeded (account over its messages per second); 63018 Rate limit exceeded
     *       for Channel (the sender's channel limit); 63038 Account exceeded the daily messages limit
     *       (wait until the rolling 24-hour window resets).</li>
     * </ul>
     * Not listed, so final: 30003 unreachable handset, 30005 unknown handset, 30006 landline, 30007
     * carrier filtering, 30008 unknown error (the carrier has already retried; Twilio advises no blind
     * resend), 21610 unsubscribed (opts the worker out) and every other code.
     */
    public static final java.util.Set<String> TRANSIENT = java.util.Set.of(
            "20429", "20500", "20503", "21611", "21730", "30001", "30017", "30022", "63017", "63018", "63038");

    private static final Map<String, String> MEANING = Map.ofEntries(
            Map.entry("20429", "too many requests"),
            Map.entry("20500", "Twilio internal server error"),
            Map.entry("20503", "Twilio service unavailable"),
            Map.entry("21611", "the sender's queue is full"),
            Map.entry("21730", "Twilio under maintenance"),
            Map.entry("30001", "queue overflow"),
            Map.entry("30017", "carrier network congestion"),
            Map.entry("30022", "A2P 10DLC rate limit exceeded"),
            Map.entry("63017", "rate limit exceeded"),
            Map.entry("63018", "rate limit exceeded for the channel"),
            Map.entry("63038", "daily message limit reached"),
            Map.entry("21211", "invalid 'To' phone number"),
            Map.entry("21408", "permission to send to this region is not enabled"),
            Map.entry("21610", "recipient unsubscribed (replied STOP)"),
            Map.entry("21614", "'To' number is not a mobile number"),
            Map.entry("30003", "unreachable destination handset"),
            Map.entry("30004", "message blocked"),
            Map.entry("30005", "unknown destination handset"),
            Map.entry("30006", "landline or unreachable carrier"),
            Map.entry("30007", "filtered by the carrier"),
            Map.entry("30008", "unknown error"));

    private TwilioErrors() {
    }

    /**
     * @param code a Twilio error code, or null
     * @return what it means in a few words, or null if not one we list
     */
    public static String meaning(String code) {
        return code == null ? null : MEANING.get(code);
    }

    /**
     * @param code a Twilio error code as the callback or API gives it, or null
     * @return whether it is one of {@link #TRANSIENT}: the message is to be sent again later
     */
    public static boolean isTransient(String code) {
        return code != null && TRANSIENT.contains(code.trim());
    }

    /**
     * @param e          what twilio-java threw
     * @param retryAfter the response's Retry-After, or null
     * @return the sorted failure
     */
    public static SendFailure classify(RuntimeException e, Duration retryAfter) {
        if (e instanceof ApiConnectionException) {
            return new SendFailure(Category.RETRYABLE, null, "network error: " + firstLine(e), null);
        }
        if (e instanceof ApiException api) {
            Integer status = api.getStatusCode();
            Integer code = api.getCode();
            if (status == null && code == null) {
                // twilio-java reports connect and read timeouts as an ApiException without a status
                return new SendFailure(Category.RETRYABLE, null, "network error: " + firstLine(e), null);
            }
            String codeText = code != null ? String.valueOf(code) : status != null ? String.valueOf(status) : null;
            String reason = "HTTP " + status + (code == null ? "" : ", Twilio " + code)
                    + (meaning(codeText) == null ? "" : ": " + meaning(codeText));
            if (code != null && code == UNSUBSCRIBED) {
                return new SendFailure(Category.RECIPIENT_OPTED_OUT, codeText, reason, null);
            }
            if (status == null || status >= 500 || status == 429 || status == 401
                    || (code != null && (code == TOO_MANY_REQUESTS || isTransient(String.valueOf(code))))) {
                return new SendFailure(Category.RETRYABLE, codeText, reason, retryAfter);
            }
            return new SendFailure(Category.PERMANENT, codeText, reason, null);
        }
        return new SendFailure(Category.RETRYABLE, null, "unexpected: " + e.getClass().getSimpleName(), null);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
