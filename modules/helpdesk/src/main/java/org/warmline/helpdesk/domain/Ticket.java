package org.warmline.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.ChannelConverter;

/**
 * The operators' view of one conversation: its triage status, priority, assignee, labels, service,
 * help centre and service-level times. Created when the conversation's first message is stored;
 * the rules of how statuses move live here.
 */
@Entity
@Table(name = "hd_ticket")
public class Ticket {

    /** Where a conversation stands for the operators. */
    public enum Status {
        /** The bot is handling it. */
        BOT,
        /** Waits for an operator. */
        OPEN,
        /** Waits for the worker. */
        PENDING,
        /** Put aside until a time or the worker's next message. */
        SNOOZED,
        /** Done. */
        RESOLVED
    }

    /** How urgent, lowest first; the rank orders the queue. */
    public enum Priority { LOW, NORMAL, HIGH, URGENT }

    /** The services a conversation can be about (module names). */
    public enum Service { RETURNHOME, LEGALAID, JOBS }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hd_ticket_seq")
    @SequenceGenerator(name = "hd_ticket_seq", sequenceName = "hd_ticket_seq", allocationSize = 50)
    private Long id;

    @Column(name = "conversation_id", nullable = false, unique = true)
    private long conversationId;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "channel", nullable = false, length = 16)
    @Convert(converter = ChannelConverter.class)
    private Channel channel;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "priority", nullable = false, length = 16)
    private String priority;

    @Column(name = "priority_rank", nullable = false)
    private int priorityRank;

    @Column(name = "assignee", length = 64)
    private String assignee;

    @Column(name = "labels", nullable = false, length = 400)
    private String labels = "";

    @Column(name = "service", length = 16)
    private String service;

    @Column(name = "centre_code", nullable = false, length = 32)
    private String centreCode;

    @Column(name = "centre_fixed", nullable = false)
    private boolean centreFixed;

    @Column(name = "urgent_reason", length = 64)
    private String urgentReason;

    @Column(name = "handoff_reason", length = 64)
    private String handOffReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "snoozed_until")
    private Instant snoozedUntil;

    @Column(name = "climb_reason", length = 32)
    private String climbReason;

    @Column(name = "climb_path", length = 200)
    private String climbPath;

    @Column(name = "climb_limit_seconds")
    private Integer climbLimitSeconds;

    @Column(name = "centre_since")
    private Instant centreSince;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected Ticket() {
    }

    /**
     * A new ticket in status BOT, normal priority.
     *
     * @param conversationId the conversation
     * @param workerId       its worker
     * @param channel        the conversation's channel: where a person's reply goes
     * @param centreCode     the help centre it belongs to
     * @param now            creation time
     */
    public Ticket(long conversationId, long workerId, Channel channel, String centreCode, Instant now) {
        this.conversationId = conversationId;
        this.workerId = workerId;
        this.channel = Objects.requireNonNull(channel);
        this.centreCode = Objects.requireNonNull(centreCode);
        this.status = Status.BOT.name();
        setPriority(Priority.NORMAL);
        this.createdAt = now;
        this.updatedAt = now;
        this.lastMessageAt = now;
    }

    /**
     * The worker wrote: the waiting clock starts (if not running) and a pending or snoozed
     * conversation comes back to the operators.
     *
     * @param now when
     */
    public void inbound(Instant now) {
        lastMessageAt = now;
        updatedAt = now;
        Status s = status();
        if (s == Status.PENDING || s == Status.SNOOZED) {
            status = Status.OPEN.name();
            snoozedUntil = null;
        }
        if (s != Status.BOT && s != Status.RESOLVED && waitingSince == null) {
            waitingSince = now;
        }
    }

    /**
     * The worker needs a person (hand-off or danger words): open, waiting from now if not already.
     *
     * @param now when
     */
    public void needsPerson(Instant now) {
        if (status() != Status.OPEN) {
            status = Status.OPEN.name();
            snoozedUntil = null;
            resolvedAt = null;
        }
        if (waitingSince == null) {
            waitingSince = now;
        }
        updatedAt = now;
    }

    /**
     * The bot handed the conversation off: it waits for an operator, and the reason is kept until an
     * operator answers or puts it aside.
     *
     * @param reason why (asked-for-person, not-understood …); clipped to 64 characters
     * @param now    when
     */
    public void handedOff(String reason, Instant now) {
        String r = reason == null || reason.isBlank() ? "unspecified" : reason;
        handOffReason = r.length() > 64 ? r.substring(0, 64) : r;
        needsPerson(now);
    }

    /**
     * Marks the conversation urgent because of what the worker wrote.
     *
     * @param word the danger word found
     * @param now  when
     */
    public void flagDanger(String word, Instant now) {
        setPriority(Priority.URGENT);
        urgentReason = word.length() > 64 ? word.substring(0, 64) : word;
        needsPerson(now);
    }

    /**
     * An operator answered: the first response time is kept, the waiting clock stops and the
     * conversation waits for the worker.
     *
     * @param now when
     */
    public void operatorReplied(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
        waitingSince = null;
        handOffReason = null;
        lastMessageAt = now;
        if (status() == Status.OPEN || status() == Status.BOT) {
            status = Status.PENDING.name();
        }
        updatedAt = now;
    }

    /**
     * @param next         the new status
     * @param snoozedUntil for SNOOZED: until when (null = until the worker's next message)
     * @param now          when
     */
    public void changeStatus(Status next, Instant snoozedUntil, Instant now) {
        status = next.name();
        this.snoozedUntil = next == Status.SNOOZED ? snoozedUntil : null;
        if (next == Status.RESOLVED) {
            resolvedAt = now;
            waitingSince = null;
            handOffReason = null;
        } else {
            resolvedAt = null;
            if (next == Status.OPEN && waitingSince == null) {
                waitingSince = now;
            }
            if (next == Status.PENDING || next == Status.SNOOZED) {
                waitingSince = null;
                handOffReason = null;
            }
        }
        updatedAt = now;
    }

    /** @param now the time @return whether a snooze has run out (then the ticket is open again) */
    public boolean wakeIfDue(Instant now) {
        if (status() == Status.SNOOZED && snoozedUntil != null && !snoozedUntil.isAfter(now)) {
            changeStatus(Status.OPEN, null, now);
            return true;
        }
        return false;
    }

    /** @param priority the new priority */
    public void setPriority(Priority priority) {
        this.priority = priority.name();
        this.priorityRank = priority.ordinal();
        if (priority != Priority.URGENT) {
            urgentReason = null;
        }
    }

    /** @param assignee a staff user name, or null to unassign @param now when */
    public void assign(String assignee, Instant now) {
        this.assignee = assignee == null || assignee.isBlank() ? null : assignee;
        updatedAt = now;
    }

    /** @param labels the labels (each 1..32 characters, no comma; at most 10) @param now when */
    public void setLabels(Set<String> labels, Instant now) {
        Set<String> clean = labels.stream().map(String::trim).filter(l -> !l.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (clean.size() > 10 || clean.stream().anyMatch(l -> l.length() > 32 || l.contains(","))) {
            throw new IllegalArgumentException("at most 10 labels of 1..32 characters, without commas");
        }
        this.labels = String.join(",", clean);
        updatedAt = now;
    }

    /** @param service the service, or null @param now when */
    public void setService(Service service, Instant now) {
        this.service = service == null ? null : service.name();
        updatedAt = now;
    }

    /** @param centreCode the centre; fixed from now on (routing by place no longer moves it) @param now when */
    public void moveToCentre(String centreCode, Instant now) {
        this.centreCode = Objects.requireNonNull(centreCode);
        this.centreFixed = true;
        this.centreSince = now;
        updatedAt = now;
    }

    /** @param centreCode the centre a place in the worker's text points to (ignored once fixed) */
    public void routeTo(String centreCode) {
        if (!centreFixed) {
            this.centreCode = centreCode;
            this.centreFixed = true;
        }
    }

    /**
     * Why a conversation climbed to a parent centre (issue 10, "nobody unseen").
     */
    public enum Climb {
        /** The centre it was routed to had no staff on duty. */
        NO_STAFF_ON_DUTY,
        /** An urgent conversation was not picked up within the centre's urgent pick-up time. */
        URGENT_NOT_PICKED_UP,
        /** A conversation was not picked up within the centre's normal pick-up time. */
        NOT_PICKED_UP
    }

    /**
     * @return whether it waits for a person and nobody has picked it up: open, waiting, assigned to no one
     *         (an operator's answer stops the wait). Only such a conversation ever climbs; one that someone
     *         works on is never moved away from them.
     */
    public boolean waitsUnpickedUp() {
        return assignee == null && status() == Status.OPEN && waitingSince != null;
    }

    /**
     * Moves a conversation nobody picked up to the parent centre and keeps why: the centres it passed
     * (appended to those of earlier climbs), the reason and, for a timeout, the pick-up time that ran out.
     * The pick-up clock starts again at the new centre; routing by place no longer moves it.
     *
     * @param to           the parent centre
     * @param reason       why
     * @param limitSeconds the pick-up time that ran out (for a timeout), or null
     * @param now          when
     * @throws IllegalStateException unless it waits with nobody on it ({@link #waitsUnpickedUp()})
     */
    public void climb(String to, Climb reason, Integer limitSeconds, Instant now) {
        if (!waitsUnpickedUp()) {
            throw new IllegalStateException("a conversation someone works on is never moved up");
        }
        String path = climbPath == null ? centreCode : climbPath;
        String joined = path + ">" + Objects.requireNonNull(to);
        climbPath = joined.length() > 200 ? joined.substring(joined.length() - 200) : joined;
        climbReason = reason.name();
        climbLimitSeconds = limitSeconds;
        centreCode = to;
        centreFixed = true;
        centreSince = now;
        updatedAt = now;
    }

    /**
     * @param now the time
     * @return since when the pick-up clock runs at the current centre: the later of the start of the wait
     *         and the arrival at this centre; null when the conversation is not waiting
     */
    public Instant pickupClockSince(Instant now) {
        return pickupClockSince(waitingSince, centreSince);
    }

    /**
     * The pick-up clock's start from a ticket's two times, for a query that reads them without loading
     * tickets: the later of the start of the wait and the arrival at the current centre.
     *
     * @param waitingSince since when the worker waits for a person, or null
     * @param centreSince  since when the ticket is at its current centre, or null
     * @return when the clock started, or null while nobody waits
     */
    public static Instant pickupClockSince(Instant waitingSince, Instant centreSince) {
        if (waitingSince == null) {
            return null;
        }
        return centreSince != null && centreSince.isAfter(waitingSince) ? centreSince : waitingSince;
    }

    /** @return why it climbed (the latest climb), or null if it never did */
    public Climb climbReason() {
        return climbReason == null ? null : Climb.valueOf(climbReason);
    }

    /** @return the centres it passed, first the one it was routed to, last the current one; empty if it never climbed */
    public java.util.List<String> climbPath() {
        return climbPath == null ? java.util.List.of() : java.util.List.of(climbPath.split(">"));
    }

    /** @return for a timeout climb, the pick-up time that ran out in seconds; else null */
    public Integer climbLimitSeconds() {
        return climbLimitSeconds;
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return the conversation */
    public long conversationId() {
        return conversationId;
    }

    /** @return the worker */
    public long workerId() {
        return workerId;
    }

    /** @return the conversation's channel */
    public Channel channel() {
        return channel;
    }

    /** @return the status */
    public Status status() {
        return Status.valueOf(status);
    }

    /** @return the priority */
    public Priority priority() {
        return Priority.valueOf(priority);
    }

    /** @return assignee user name, or null */
    public String assignee() {
        return assignee;
    }

    /** @return labels */
    public Set<String> labels() {
        return labels.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(labels.split(",")));
    }

    /** @return the service, or null when not known yet */
    public Service service() {
        return service == null ? null : Service.valueOf(service);
    }

    /** @return the help centre */
    public String centreCode() {
        return centreCode;
    }

    /** @return the danger word that made it urgent, or null */
    public String urgentReason() {
        return urgentReason;
    }

    /** @return why the bot handed it off, while that hand-off waits for an operator; else null */
    public String handOffReason() {
        return handOffReason;
    }

    /** @return creation time */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return last change */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return latest message */
    public Instant lastMessageAt() {
        return lastMessageAt;
    }

    /** @return since when the worker waits for an operator, or null */
    public Instant waitingSince() {
        return waitingSince;
    }

    /** @return first operator reply, or null */
    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    /** @return when resolved, or null */
    public Instant resolvedAt() {
        return resolvedAt;
    }

    /** @return snoozed until, or null */
    public Instant snoozedUntil() {
        return snoozedUntil;
    }

    /** @param text a status name, any case @return the status @throws IllegalArgumentException if unknown */
    public static Status parseStatus(String text) {
        return Status.valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
