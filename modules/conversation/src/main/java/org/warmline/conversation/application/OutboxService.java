package org.warmline.conversation.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.ChannelReceipts;
import org.warmline.conversation.api.DeliveryChanged;
import org.warmline.conversation.api.DeliveryReport;
import org.warmline.conversation.api.MessageStored;
import org.warmline.conversation.api.OutboundDispatch;
import org.warmline.conversation.api.OutboundMessages;
import org.warmline.conversation.api.OutboundRequest;
import org.warmline.conversation.api.OutboundView;
import org.warmline.conversation.api.OutboxRelay;
import org.warmline.conversation.api.SendFailure;
import org.warmline.conversation.api.SmsSegmentCount;
import org.warmline.conversation.domain.Conversation;
import org.warmline.conversation.domain.Message;
import org.warmline.conversation.domain.Message.Delivery;
import org.warmline.conversation.domain.Message.Kind;
import org.warmline.conversation.domain.OutboundRoute;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.phone.PhoneNumber;
import org.warmline.core.domain.worker.Worker;

/**
 * The transactional outbox (DESIGN.md, issue 4): {@link #queue} writes a QUEUED row in the caller's
 * transaction; a channel's sender drains it through {@link OutboxRelay} (claim, accepted, failed,
 * status reports), one short transaction per step, so a crash at any point leaves a row that is
 * either still QUEUED (sent after restart), SENDING (checked with the provider after the lease) or
 * finished. Sending rules: {@link SendingPolicy}. Configuration: {@code warmline.sms.max-attempts}
 * (attempts per message, default 5), {@code warmline.sms.retry-initial-delay} (ISO-8601, default
 * PT10S) and {@code warmline.sms.retry-max-delay} (default PT30M). A channel without a sender of its
 * own (the web chat) reports what its page received through {@link ChannelReceipts}; a notice queued
 * there for an opted-out worker is DROPPED at once, as the SMS sender's policy would. Which channel a
 * message goes on: {@link OutboundRoute} (an operator's message follows the worker to the channel they
 * last wrote on; notices and codes go where the caller says).
 */
@ApplicationScoped
public class OutboxService implements OutboundMessages, OutboxRelay, ChannelReceipts {

    private static final Logger LOG = Logger.getLogger(OutboxService.class.getName());

    /** Twilio error 21610: "Attempt to send to unsubscribed recipient" (the number replied STOP). */
    public static final String TWILIO_UNSUBSCRIBED = "21610";

    private static final Map<String, Delivery> PROVIDER_STATUS = Map.ofEntries(
            Map.entry("accepted", Delivery.SENT), Map.entry("scheduled", Delivery.SENT),
            Map.entry("queued", Delivery.SENT), Map.entry("sending", Delivery.SENT),
            Map.entry("sent", Delivery.SENT), Map.entry("delivered", Delivery.DELIVERED),
            Map.entry("read", Delivery.READ), Map.entry("undelivered", Delivery.UNDELIVERED),
            Map.entry("failed", Delivery.FAILED), Map.entry("canceled", Delivery.FAILED));

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WorkerDirectory workers;

    @Inject
    Event<MessageStored> stored;

    @Inject
    Event<DeliveryChanged> deliveries;

    @Inject
    @ConfigProperty(name = "warmline.sms.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "warmline.sms.retry-initial-delay", defaultValue = "PT10S")
    String initialDelay;

    @Inject
    @ConfigProperty(name = "warmline.sms.retry-max-delay", defaultValue = "PT30M")
    String maxDelay;

    private SendingPolicy policy;

    @PostConstruct
    void init() {
        policy = new SendingPolicy(clock, Duration.parse(initialDelay), Duration.parse(maxDelay));
    }

    /**
     * Sends a stored bot reply through the outbox (the start-up check processed its message after a
     * stop, so the webhook that would have carried the reply never answered): the reply row is queued as
     * a direct reply to the worker's phone. Nothing happens for a reply without a phone (web chat: the
     * page shows the stored reply) or one already queued or sent.
     *
     * @param replyId the stored reply
     * @return whether it was queued
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sendStoredReply(long replyId) {
        Message reply = em.find(Message.class, replyId);
        if (reply == null || reply.workerId() == null) {
            return false;
        }
        return workers.byId(reply.workerId()).map(Worker::phone)
                .map(phone -> reply.sendLaterAsReply(phone.e164(), clock.instant())).orElse(false);
    }

    /**
     * {@inheritDoc} Joins the caller's transaction (or starts one). The text is refused if it takes
     * more than {@link SmsSegmentCount#MAX_SEGMENTS} segments; {@code to} defaults to the worker's phone.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public long queue(OutboundRequest request) {
        if (request.body().isBlank()) {
            throw new IllegalArgumentException("an outbound message needs a text");
        }
        SmsSegmentCount count = SmsSegmentCount.of(request.body());
        if (!count.sendable()) {
            throw new IllegalArgumentException("the text takes " + count.segments() + " " + count.encoding()
                    + " segments (" + count.units() + " units); at most " + SmsSegmentCount.MAX_SEGMENTS
                    + " are sent");
        }
        Worker worker = workers.byId(request.workerId())
                .orElseThrow(() -> new IllegalArgumentException("no worker " + request.workerId()));
        boolean addressGiven = request.to() != null && !request.to().isBlank();
        Kind kind = Kind.valueOf(request.kind().name());
        Channel channel = OutboundRoute.channelFor(kind, request.channel(), addressGiven,
                OutboundRoute.followsTheWorker(kind, addressGiven) ? lastWrittenOn(worker.id()) : null,
                c -> addressOf(worker, c) != null);
        String to;
        if (addressGiven) {
            to = channel.address() == Channel.Address.PHONE ? PhoneNumber.parse(request.to()).e164() : request.to();
        } else {
            to = addressOf(worker, channel);
            if (to == null) {
                throw new IllegalArgumentException("worker " + worker.id() + " has no address on " + channel);
            }
        }
        Instant now = clock.instant();
        Conversation asked = request.conversationId() > 0 ? em.find(Conversation.class, request.conversationId()) : null;
        Conversation conversation = asked != null && asked.workerId() == worker.id() ? asked
                : em.createQuery("select c from Conversation c where c.workerId = :w"
                        + " and c.channel = :ch order by c.id desc", Conversation.class)
                .setParameter("w", worker.id()).setParameter("ch", request.channel()).setMaxResults(1)
                .getResultStream().findFirst().orElseGet(() -> {
                    Conversation c = new Conversation(worker.id(), request.channel(), worker.language(), now);
                    em.persist(c);
                    return c;
                });
        if (request.kind() == OutboundRequest.Kind.OPERATOR) {
            conversation.operatorReplied(now); // a person has taken over: the bot stops asking
        }
        em.flush();
        // filed in the conversation asked for (the operator's ticket shows it), sent on the routed channel
        Message message = Message.queued(conversation.id(), worker.id(), channel, to, request.body(),
                kind, request.validUntil(), now);
        em.persist(message);
        if (!channel.hasOwnSender() && message.kind().isNotification() && worker.optedOut()) {
            // no sender runs on this channel to apply the policy: an opted-out worker gets no notice
            message.advance(Delivery.DROPPED, null, "opted-out", "not sent: opted-out", now);
        }
        em.flush();
        LOG.info(() -> "Queued " + request.kind() + " message " + message.id() + " to " + PhoneNumber.maskedForLog(to) + " ("
                + count.segments() + " segments)");
        stored.fire(new MessageStored(conversation.id(), worker.id(), message.id(), "OUTBOUND", conversation.channel()));
        return message.id();
    }

    /**
     * @param workerId a worker
     * @return the channel of the worker's latest message to us (any conversation), or null if they never wrote
     */
    private Channel lastWrittenOn(long workerId) {
        return em.createQuery("select m.channel from Message m where m.direction = :in and m.conversationId in"
                        + " (select c.id from Conversation c where c.workerId = :w) order by m.id desc", Channel.class)
                .setParameter("in", Message.Direction.INBOUND.name()).setParameter("w", workerId).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * @param worker  a worker
     * @param channel a channel
     * @return the worker's address there (E.164 phone, chat id), or null when they have none on it
     */
    private static String addressOf(Worker worker, Channel channel) {
        return switch (channel.address()) {
            case PHONE -> worker.phone() == null ? null : worker.phone().e164();
            case CHAT_ID -> worker.chatId();
        };
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboundDispatch> claimDue(Channel channel, int max) {
        Instant now = clock.instant();
        List<Long> ids = em.createQuery("select m.id from Message m where m.channel = :c and m.status = :q"
                        + " and m.nextAttemptAt <= :now order by m.priority, m.id", Long.class)
                .setParameter("c", channel).setParameter("q", Delivery.QUEUED.name()).setParameter("now", now)
                .setMaxResults(Math.max(1, Math.min(max, 100)) * 3).getResultList();
        List<OutboundDispatch> out = new ArrayList<>();
        // per recipient: what went out in the window (read once per round) plus what this round sends
        Map<String, List<SendingPolicy.Sent>> sentTo = new HashMap<>();
        Map<Long, Boolean> optedOutWorkers = new HashMap<>();
        for (Long id : ids) {
            if (out.size() >= max) {
                break;
            }
            if (!claim(id, now)) {
                continue;
            }
            Message m = em.find(Message.class, id);
            deliveries.fire(new DeliveryChanged(m.conversationId(), id, Delivery.SENDING.name(), now));
            Kind kind = kindOf(m);
            boolean optedOut = m.workerId() != null && optedOutWorkers.computeIfAbsent(m.workerId(),
                    w -> workers.byId(w).map(Worker::optedOut).orElse(false));
            if (kind == Kind.NOTICE && !optedOut) {
                mergeQueuedNotices(m, now);
            }
            List<SendingPolicy.Sent> history = sentTo.computeIfAbsent(m.toAddress(),
                    to -> new ArrayList<>(history(channel, to, now)));
            SendingPolicy.Decision decision = policy.decide(kind, m.body(), m.validUntil(), optedOut, history);
            switch (decision.action()) {
                case DROP -> {
                    m.advance(Delivery.DROPPED, null, decision.reason(), "not sent: " + decision.reason(), now);
                    moved(m, now);
                    LOG.info(() -> "Dropped " + kind + " message " + id + " to " + PhoneNumber.maskedForLog(m.toAddress()) + ": "
                            + decision.reason());
                }
                case DEFER -> {
                    m.releaseClaim(now);
                    m.deferTo(decision.notBefore(), now);
                    moved(m, now);
                    LOG.info(() -> "Deferred " + kind + " message " + id + " to " + decision.notBefore() + ": "
                            + decision.reason());
                }
                case SEND -> {
                    if (kind != Kind.REPLY) {
                        history.add(new SendingPolicy.Sent(m.body(), now));
                    }
                    out.add(dispatchOf(m));
                }
            }
        }
        return out;
    }

    private static Kind kindOf(Message m) {
        return m.kind() == null ? Kind.REPLY : m.kind();
    }

    private static OutboundDispatch dispatchOf(Message m) {
        return new OutboundDispatch(m.id(), m.workerId() == null ? 0 : m.workerId(), m.channel(), m.toAddress(),
                m.body(), OutboundRequest.Kind.valueOf(kindOf(m).name()), m.attempts(), m.createdAt());
    }

    /** QUEUED → SENDING for one row; exactly one caller wins across threads and nodes. */
    private boolean claim(long id, Instant now) {
        return em.createQuery("update Message m set m.status = :sending, m.claimedAt = :now, m.updatedAt = :now,"
                        + " m.attempts = m.attempts + 1 where m.id = :id and m.status = :queued")
                .setParameter("sending", Delivery.SENDING.name()).setParameter("queued", Delivery.QUEUED.name())
                .setParameter("now", now).setParameter("id", id).executeUpdate() == 1;
    }

    private void mergeQueuedNotices(Message first, Instant now) {
        List<Long> others = em.createQuery("select m.id from Message m where m.channel = :c and m.toAddress = :to"
                        + " and m.status = :q and m.kind = :k and m.id <> :id and m.nextAttemptAt <= :now"
                        + " order by m.id", Long.class)
                .setParameter("c", first.channel()).setParameter("to", first.toAddress())
                .setParameter("q", Delivery.QUEUED.name()).setParameter("k", Kind.NOTICE.name())
                .setParameter("id", first.id()).setParameter("now", now).setMaxResults(20).getResultList();
        List<Message> claimed = new ArrayList<>();
        for (Long id : others) {
            if (claim(id, now)) {
                Message other = em.find(Message.class, id);
                if (other.validUntil() != null && now.isAfter(other.validUntil())) {
                    other.advance(Delivery.DROPPED, null, "expired", "not sent: expired", now);
                } else {
                    claimed.add(other);
                }
            }
        }
        if (claimed.isEmpty()) {
            return;
        }
        List<String> bodies = new ArrayList<>();
        bodies.add(first.body());
        claimed.forEach(m -> bodies.add(m.body()));
        SendingPolicy.Merge merge = SendingPolicy.merge(bodies);
        first.rewrite(merge.text(), now);
        for (int i = 0; i < claimed.size(); i++) {
            Message other = claimed.get(i);
            if (i + 1 < merge.taken()) {
                other.mergeInto(first.id(), now);
            } else {
                other.releaseClaim(now);
            }
        }
        LOG.info(() -> "Merged " + (merge.taken() - 1) + " queued notices into message " + first.id());
    }

    /**
     * The recipient's non-reply messages that went out within the window. A message being claimed
     * never counts itself: only rows that reached the provider have a sentAt, and those are never
     * queued again.
     */
    private List<SendingPolicy.Sent> history(Channel channel, String to, Instant now) {
        List<Object[]> rows = em.createQuery("select m.body, m.sentAt from Message m where m.channel = :c"
                        + " and m.toAddress = :to and m.sentAt > :since and m.kind is not null and m.kind <> :reply",
                        Object[].class)
                .setParameter("c", channel).setParameter("to", to).setParameter("since", now.minus(SendingPolicy.WINDOW))
                .setParameter("reply", Kind.REPLY.name()).getResultList();
        return rows.stream().map(r -> new SendingPolicy.Sent((String) r[0], (Instant) r[1])).toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void accepted(long messageId, String providerMessageId) {
        Message m = em.find(Message.class, messageId);
        if (m == null) {
            return;
        }
        Instant now = clock.instant();
        m.advance(Delivery.SENT, providerMessageId, null, null, now);
        applyParked(m, now);
        moved(m, now);
        LOG.info(() -> "Message " + messageId + " accepted by the provider as " + providerMessageId + "; now "
                + m.status());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long messageId, SendFailure failure) {
        Message m = em.find(Message.class, messageId);
        if (m == null || m.delivery() != Delivery.SENDING) {
            return;
        }
        Instant now = clock.instant();
        failedAs(m, failure, now);
        moved(m, now);
    }

    private void failedAs(Message m, SendFailure failure, Instant now) {
        long messageId = m.id();
        switch (failure.category()) {
            case RETRYABLE -> {
                if (m.attempts() >= maxAttempts) {
                    m.advance(Delivery.FAILED, null, failure.code(),
                            "gave up after " + m.attempts() + " attempts: " + failure.reason(), now);
                    LOG.warning(() -> "Message " + messageId + " failed after " + m.attempts() + " attempts: "
                            + failure.reason());
                } else {
                    Instant at = policy.nextAttempt(m.attempts(), failure.retryAfter());
                    m.retryAt(at, failure.code(), failure.reason(), now);
                    LOG.info(() -> "Message " + messageId + " attempt " + m.attempts() + " failed ("
                            + failure.reason() + "); next at " + at);
                }
            }
            case RECIPIENT_OPTED_OUT -> {
                m.advance(Delivery.FAILED, null, failure.code(), failure.reason(), now);
                optOut(m);
            }
            case PERMANENT -> {
                m.advance(Delivery.FAILED, null, failure.code(), failure.reason(), now);
                LOG.info(() -> "Message " + messageId + " failed for good: " + failure.code() + " "
                        + failure.reason());
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReportOutcome report(DeliveryReport report) {
        Delivery next = report.status() == null ? null
                : PROVIDER_STATUS.get(report.status().toLowerCase(Locale.ROOT));
        if (next == null) {
            return ReportOutcome.UNKNOWN_STATUS;
        }
        Message m = null;
        if (report.messageId() != null) {
            m = em.find(Message.class, report.messageId());
            if (m != null && m.delivery() == null) {
                m = null;
            }
        }
        if (m == null && report.providerMessageId() != null && !report.providerMessageId().isBlank()) {
            m = em.createQuery("select m from Message m where m.providerMessageId = :sid", Message.class)
                    .setParameter("sid", report.providerMessageId()).setMaxResults(1).getResultStream()
                    .findFirst().orElse(null);
        }
        Instant now = clock.instant();
        if (m == null) {
            em.createNativeQuery("insert into cv_status_pending (message_id, provider_message_id, status,"
                            + " error_code, raw_dlr_done_date, received_at) values (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, report.messageId()).setParameter(2, clip(report.providerMessageId(), 64))
                    .setParameter(3, clip(report.status(), 16)).setParameter(4, clip(report.errorCode(), 16))
                    .setParameter(5, clip(report.rawDoneDate(), 16))
                    .setParameter(6, java.sql.Timestamp.from(now)).executeUpdate();
            LOG.info(() -> "Parked a '" + report.status() + "' status report for unknown message "
                    + report.messageId() + " / " + report.providerMessageId());
            return ReportOutcome.PARKED;
        }
        if (m.isRetriedAttempt(report.providerMessageId())) {
            LOG.fine(() -> "Ignored a late report on an earlier attempt of message " + report.messageId());
            return ReportOutcome.NOT_FORWARD;
        }
        String reason = report.errorMessage() != null ? report.errorMessage() : report.status();
        boolean failure = next == Delivery.FAILED || next == Delivery.UNDELIVERED;
        if (failure && report.transientFailure() && retryLater(m, report.errorCode(), reason, now)) {
            return ReportOutcome.APPLIED;
        }
        return apply(m, next, report.providerMessageId(), report.errorCode(), reason, report.rawDoneDate(), now)
                ? ReportOutcome.APPLIED : ReportOutcome.NOT_FORWARD;
    }

    /**
     * A passing provider failure (rate limit, congestion) on a message the provider had: queued again
     * with the outbox's backoff ({@code warmline.sms.retry-initial-delay}, doubling up to
     * {@code warmline.sms.retry-max-delay}) while it has attempts left ({@code warmline.sms.max-attempts};
     * a bot reply sent inside TwiML has used one). A bot reply is then sent through the outbox to the
     * worker's address on its channel.
     *
     * @return whether it was queued again; false when out of attempts, finished, or not addressable
     */
    private boolean retryLater(Message m, String code, String reason, Instant now) {
        int used = Math.max(m.attempts(), 1);
        if (used >= maxAttempts) {
            LOG.warning(() -> "Message " + m.id() + " failed at the provider (" + code + ") after " + used
                    + " attempts; not retried");
            return false;
        }
        String to = m.toAddress() == null ? addressOf(m) : null;
        Instant at = policy.nextAttempt(used, null);
        if (!m.retryAfterProviderFailure(at, to, code, reason, now)) {
            return false;
        }
        moved(m, now);
        LOG.info(() -> "Message " + m.id() + " failed at the provider for now (" + code + "); attempt " + (used + 1)
                + " at " + at);
        return true;
    }

    /** @return the worker's address on the message's channel (E.164 phone for SMS, chat id for chat), or null */
    private String addressOf(Message m) {
        if (m.workerId() == null) {
            return null;
        }
        return workers.byId(m.workerId()).map(w -> addressOf(w, m.channel())).orElse(null);
    }

    private boolean apply(Message m, Delivery next, String sid, String code, String reason, String rawDone,
                          Instant now) {
        boolean failure = next == Delivery.FAILED || next == Delivery.UNDELIVERED;
        boolean moved = m.advance(next, sid, failure ? code : null, failure ? reason : null, now);
        if (moved) {
            moved(m, now);
            m.keepRawDoneDate(rawDone);
            if (failure && TWILIO_UNSUBSCRIBED.equals(code)) {
                optOut(m);
            }
            LOG.fine(() -> "Message " + m.id() + " is now " + next + (code == null ? "" : " (" + code + ")"));
        }
        return moved;
    }

    private void applyParked(Message m, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> parked = em.createNativeQuery("select id, status, error_code, raw_dlr_done_date"
                        + " from cv_status_pending where message_id = ? or provider_message_id = ? order by id")
                .setParameter(1, m.id()).setParameter(2, m.providerMessageId() == null ? "" : m.providerMessageId())
                .getResultList();
        for (Object[] row : parked) {
            Delivery next = PROVIDER_STATUS.get(String.valueOf(row[1]).toLowerCase(Locale.ROOT));
            if (next != null) {
                apply(m, next, null, (String) row[2], String.valueOf(row[1]), (String) row[3], now);
            }
            em.createNativeQuery("delete from cv_status_pending where id = ?")
                    .setParameter(1, ((Number) row[0]).longValue()).executeUpdate();
        }
    }

    private void optOut(Message m) {
        if (m.workerId() != null) {
            workers.setOptedOut(m.workerId(), true);
            LOG.info(() -> "Worker " + m.workerId() + " opted out at the provider (error 21610); no more notices");
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboundDispatch> abandoned(Channel channel, Duration lease, int max) {
        Instant before = clock.instant().minus(lease);
        return em.createQuery("select m from Message m where m.channel = :c and m.status = :s and m.claimedAt < :t"
                        + " order by m.id", Message.class)
                .setParameter("c", channel).setParameter("s", Delivery.SENDING.name()).setParameter("t", before)
                .setMaxResults(Math.max(1, Math.min(max, 100))).getResultList().stream()
                .map(OutboxService::dispatchOf).toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(long messageId) {
        Message m = em.find(Message.class, messageId);
        if (m != null && m.releaseClaim(clock.instant())) {
            LOG.info(() -> "Message " + messageId + " was claimed but never reached the provider; queued again");
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboundView> outboundTo(Channel channel, String to, int max) {
        return em.createQuery("select m from Message m where m.channel = :c and m.toAddress = :to order by m.id desc",
                        Message.class)
                .setParameter("c", channel).setParameter("to", to).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList().stream()
                .map(m -> new OutboundView(m.id(), m.kind() == null ? null : m.kind().name(), m.body(), m.status(),
                        m.providerMessageId(), m.errorCode(), m.errorMessage(), m.attempts(),
                        SmsSegmentCount.of(m.body()).segments(), m.createdAt(), m.updatedAt()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public int delivered(Channel channel, long workerId, Collection<Long> messageIds) {
        if (messageIds == null || messageIds.isEmpty()) {
            return 0;
        }
        return receipt(em.createQuery("select m from Message m where m.id in :ids and m.channel = :c"
                        + " and m.workerId = :w and m.status = :q order by m.id", Message.class)
                .setParameter("ids", List.copyOf(messageIds)).setParameter("c", channel).setParameter("w", workerId)
                .setParameter("q", Delivery.QUEUED.name()).getResultList(), Delivery.DELIVERED);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public int read(Channel channel, long workerId, long upToMessageId) {
        return receipt(em.createQuery("select m from Message m where m.id <= :id and m.channel = :c"
                        + " and m.workerId = :w and m.status in :s order by m.id", Message.class)
                .setParameter("id", upToMessageId).setParameter("c", channel).setParameter("w", workerId)
                .setParameter("s", List.of(Delivery.QUEUED.name(), Delivery.DELIVERED.name()))
                .setMaxResults(500).getResultList(), Delivery.READ);
    }

    private int receipt(List<Message> messages, Delivery next) {
        Instant now = clock.instant();
        int moved = 0;
        for (Message m : messages) {
            if (next == Delivery.READ && m.delivery() == Delivery.QUEUED) {
                m.advance(Delivery.DELIVERED, null, null, null, now);
            }
            if (m.advance(next, null, null, null, now)) {
                moved(m, now);
                moved++;
            }
        }
        return moved;
    }

    /** Tells observers (the operators' console) that a message's status moved; committed with it. */
    private void moved(Message m, Instant now) {
        deliveries.fire(new DeliveryChanged(m.conversationId(), m.id(), m.status(), now));
    }

    private static String clip(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

}
