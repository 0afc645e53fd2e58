package org.warmline.chat.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.warmline.chat.domain.IssuePolicy;
import org.warmline.chat.domain.OneTimeCode;
import org.warmline.chat.domain.PhoneVerification;
import org.warmline.chat.domain.PhoneVerificationRepository;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.OutboundMessages;
import org.warmline.conversation.api.OutboundRequest;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.phone.InvalidPhoneNumberException;
import org.warmline.core.domain.phone.PhoneNumber;
import org.warmline.core.domain.worker.Worker;

/**
 * Adding a phone to a chat worker: send a six-digit code by SMS through the outbox (in the same
 * transaction as the code's row), then check what the worker types. Limits are in
 * {@link IssuePolicy} and {@link PhoneVerification}.
 */
@ApplicationScoped
public class PhoneVerificationService {

    private static final Logger LOG = Logger.getLogger(PhoneVerificationService.class.getName());

    /** What asking for a code did. */
    public sealed interface Issued {
        /** @param maskedPhone where the code went, masked @param expiresAt when it stops working */
        record Sent(String maskedPhone, Instant expiresAt) implements Issued { }

        /** @param retryAt the earliest time another code may be sent */
        record RateLimited(Instant retryAt) implements Issued { }

        /** No outbox is deployed: no SMS can be sent. */
        record SmsUnavailable() implements Issued { }
    }

    /**
     * What typing a code did.
     *
     * @param outcome      the outcome (NOT_PENDING also when no code was ever sent)
     * @param attemptsLeft tries left on this code
     * @param workerId     the worker holding the chat now (a verified phone may join two files)
     * @param maskedPhone  the verified phone, masked, when the outcome is VERIFIED
     */
    public record Confirmed(PhoneVerification.Outcome outcome, int attemptsLeft, long workerId, String maskedPhone) { }

    @Inject
    PhoneVerificationRepository verifications;

    @Inject
    WorkerDirectory workers;

    @Inject
    Instance<OutboundMessages> outbox;

    @Inject
    Clock clock;

    /**
     * Sends a new code to a phone the worker typed; earlier pending codes of the worker stop working.
     *
     * @param workerId the chat worker
     * @param rawPhone the number as typed (Chinese mobiles without +86 are fine)
     * @param language the language of the SMS, "zh" or "en"
     * @return sent, rate-limited, or SMS unavailable
     * @throws InvalidPhoneNumberException if the text is not a valid mobile number
     */
    @Transactional
    public Issued requestCode(long workerId, String rawPhone, String language) {
        PhoneNumber phone = PhoneNumber.parse(rawPhone);
        if (!phone.isMobile()) {
            throw new InvalidPhoneNumberException("not a mobile number; a code can only be sent to a mobile");
        }
        if (!outbox.isResolvable()) {
            LOG.warning("No OutboundMessages implementation is deployed; cannot send a one-time code");
            return new Issued.SmsUnavailable();
        }
        Instant now = clock.instant();
        Instant since = now.minus(IssuePolicy.WINDOW);
        Optional<Instant> refused = IssuePolicy.refusedUntil(verifications.sentTo(phone, since),
                verifications.sentFor(workerId, since), now);
        if (refused.isPresent()) {
            LOG.info(() -> "Refused a one-time code to " + phone.masked() + " for worker " + workerId
                    + " (rate limit) until " + refused.get());
            return new Issued.RateLimited(refused.get());
        }
        verifications.pendingFor(workerId).forEach(PhoneVerification::supersede);
        OneTimeCode code = OneTimeCode.random();
        PhoneVerification verification = new PhoneVerification(workerId, phone, code, now);
        verifications.add(verification);
        outbox.get().queue(new OutboundRequest(workerId, Channel.SMS, phone.e164(),
                ChatTexts.codeSms(language, code.digits()), OutboundRequest.Kind.VERIFICATION,
                verification.expiresAt()));
        LOG.info(() -> "One-time code " + verification.id() + " queued to " + phone.masked() + " for worker "
                + workerId);
        return new Issued.Sent(phone.masked(), verification.expiresAt());
    }

    /**
     * Checks a typed code against the worker's newest code; on success the phone joins the worker
     * (core's {@code attachVerifiedPhone}).
     *
     * @param workerId the chat worker
     * @param code     the code as typed
     * @return the outcome
     */
    @Transactional
    public Confirmed confirm(long workerId, OneTimeCode code) {
        Optional<PhoneVerification> newest = verifications.newestForUpdate(workerId);
        if (newest.isEmpty()) {
            return new Confirmed(PhoneVerification.Outcome.NOT_PENDING, 0, workerId, null);
        }
        PhoneVerification verification = newest.get();
        PhoneVerification.Check check = verification.attempt(code, clock.instant());
        if (check.outcome() != PhoneVerification.Outcome.VERIFIED) {
            LOG.info(() -> "One-time code " + verification.id() + " for worker " + workerId + ": " + check.outcome()
                    + ", " + check.attemptsLeft() + " attempts left");
            return new Confirmed(check.outcome(), check.attemptsLeft(), workerId, null);
        }
        Worker holder = workers.attachVerifiedPhone(workerId, verification.phone());
        LOG.info(() -> "Phone " + verification.phone().masked() + " verified for worker " + workerId
                + (holder.id() == workerId ? "" : "; chat moved to worker " + holder.id() + " who already had it"));
        return new Confirmed(check.outcome(), check.attemptsLeft(), holder.id(), verification.phone().masked());
    }
}
