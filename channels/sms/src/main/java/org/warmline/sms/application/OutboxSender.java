package org.warmline.sms.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.OutboundDispatch;
import org.warmline.conversation.api.OutboxRelay;
import org.warmline.core.application.SchemaReady;
import org.warmline.core.application.batch.BatchLanes;
import org.warmline.conversation.api.SendFailure;
import org.warmline.core.domain.phone.PhoneNumber;
import org.warmline.sms.infrastructure.SimulatorSmsTransport;
import org.warmline.sms.infrastructure.TwilioSmsTransport;

/**
 * Drains the SMS outbox on core's {@link BatchLanes} (one polling lane on a Jakarta Concurrency managed
 * thread, {@code java:comp/DefaultManagedThreadFactory}): every {@code warmline.sms.poll-interval}
 * (ISO-8601, default PT0.5S) it claims due messages (one winner per row, see
 * {@link OutboxRelay#claimDue}), paces them at {@code warmline.sms.messages-per-second} (default 1,
 * a long code; raise it for a Messaging Service) and hands each to the {@link SmsTransport}: Twilio
 * when {@link TwilioSettings#twilioTransport()} holds, the simulator otherwise. Claims older than
 * {@code warmline.sms.claim-lease} (default PT2M, longer than {@code warmline.sms.provider-timeout},
 * default PT10S) belong to a server that died mid-call: the provider is asked whether it has the
 * message before it is queued again, so it goes out once. {@code warmline.sms.sender.enabled=false}
 * stops sending (messages stay queued).
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    /** The channel of the SMS messages this sender drains from the outbox. */
    public static final Channel CHANNEL = Channel.SMS;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    OutboxRelay relay;

    @Inject
    TwilioSettings settings;

    @Inject
    @ConfigProperty(name = "warmline.sms.sender.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "warmline.sms.poll-interval", defaultValue = "PT0.5S")
    String pollInterval;

    @Inject
    @ConfigProperty(name = "warmline.sms.messages-per-second", defaultValue = "1")
    double messagesPerSecond;

    @Inject
    @ConfigProperty(name = "warmline.sms.claim-lease", defaultValue = "PT2M")
    String claimLease;

    @Inject
    @ConfigProperty(name = "warmline.sms.provider-timeout", defaultValue = "PT10S")
    String providerTimeout;

    private SmsTransport transport;
    private SendRate rate;
    private Duration lease;
    private BatchLanes<OutboundDispatch> lanes;
    private Instant lastRecovery = Instant.EPOCH;

    @PostConstruct
    void init() {
        transport = settings.twilioTransport()
                ? new TwilioSmsTransport(settings.accountSid(), settings.apiUser(), settings.apiPassword(),
                        settings.fromNumber(), settings.messagingServiceSid(), settings.apiBaseUrl(),
                        Duration.parse(providerTimeout))
                : new SimulatorSmsTransport();
        // pacing runs on the system clock: warmline.clock.fixed pins "today" for the dialog, not time itself
        rate = new SendRate(Clock.systemUTC(), messagesPerSecond);
        lease = Duration.parse(claimLease);
    }

    /**
     * Starts the sender once the database schema is migrated (not with the application scope, which
     * starts before the migrations: on a fresh database the first rounds failed on missing tables).
     *
     * @param ready the migrations' event
     */
    void start(@Observes SchemaReady ready) {
        if (lanes != null) {
            return;
        }
        if (!enabled) {
            LOG.warning("SMS sender disabled (warmline.sms.sender.enabled=false); outbound SMS stay queued");
            return;
        }
        long period = Math.max(50, Duration.parse(pollInterval).toMillis());
        // one lane: messages leave one at a time at the paced rate; a batch is what one round claimed
        lanes = BatchLanes.<OutboundDispatch>builder("sms-outbox", threads, this::sendAll)
                .batch(CLAIM)
                .poll(Duration.ofMillis(period), this::claim)
                .start();
        LOG.info(() -> "SMS sender started: transport " + transport.name() + ", " + messagesPerSecond
                + " messages per second");
    }

    @PreDestroy
    void stop() {
        if (lanes != null) {
            lanes.close();
        }
    }

    /** Most messages claimed in one round. */
    private static final int CLAIM = 20;

    /**
     * One round's poll: recover abandoned claims now and then, then claim what is due and may be sent
     * within the rate.
     *
     * @return the claimed messages (each now this server's to send)
     */
    private List<OutboundDispatch> claim() {
        Instant now = Instant.now();
        if (Duration.between(lastRecovery, now).compareTo(lease.dividedBy(2)) >= 0) {
            lastRecovery = now;
            recoverAbandoned();
        }
        int room = rate.available();
        if (room < 1) {
            return List.of();
        }
        return relay.claimDue(CHANNEL, Math.min(room, CLAIM));
    }

    /**
     * Sends claimed messages one by one at the paced rate. Never throws: a claimed message is never
     * sent twice by a retry; one that fails unexpectedly stays claimed and comes back after the lease.
     */
    private void sendAll(List<OutboundDispatch> due) {
        for (OutboundDispatch message : due) {
            try {
                Duration wait;
                while (!(wait = rate.tryTake()).isZero()) {
                    sleep(wait);
                }
                sendOne(message);
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "SMS " + message.id() + " not sent this round; back after the claim lease", e);
            }
        }
    }

    private void sendOne(OutboundDispatch message) {
        String callback = settings.statusCallbackUrl(message.id());
        try {
            if (message.attempt() > 1) {
                Optional<String> existing = transport.find(message);
                if (existing.isPresent()) {
                    LOG.info(() -> "Message " + message.id() + " was already taken by the provider as " + existing.get());
                    relay.accepted(message.id(), existing.get());
                    return;
                }
            }
            String sid = transport.send(message, callback);
            relay.accepted(message.id(), sid);
            transport.afterAccepted(message, sid, relay);
            LOG.info(() -> "SMS " + message.id() + " (" + message.kind() + ") to " + PhoneNumber.maskedForLog(message.to()) + " sent as " + sid);
        } catch (SmsSendException e) {
            SendFailure failure = e.failure();
            LOG.info(() -> "SMS " + message.id() + " to " + PhoneNumber.maskedForLog(message.to()) + " not sent: " + failure.category()
                    + " " + failure.reason());
            relay.failed(message.id(), failure);
        }
    }

    private void recoverAbandoned() {
        for (OutboundDispatch message : relay.abandoned(CHANNEL, lease, 50)) {
            try {
                Optional<String> sid = transport.find(message);
                if (sid.isPresent()) {
                    relay.accepted(message.id(), sid.get());
                    LOG.info(() -> "Abandoned message " + message.id() + " had reached the provider as " + sid.get());
                } else {
                    relay.release(message.id());
                }
            } catch (SmsSendException e) {
                LOG.info(() -> "Cannot ask the provider about message " + message.id() + " now: " + e.getMessage());
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(Math.max(1, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

}
