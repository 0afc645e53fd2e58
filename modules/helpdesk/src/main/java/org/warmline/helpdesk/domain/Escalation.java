package org.warmline.helpdesk.domain;

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
 * A conversation escalated into a service module: a request an operator created from the conversation
 * or linked to it from the worker's file (一人一档). The request lives in its module; this is only the
 * link (by value, no foreign key across modules).
 */
@Entity
@Table(name = "hd_escalation")
public class Escalation {

    /** How the request came to the conversation. */
    public enum Mode {
        /** Created by the operator from the conversation. */
        CREATED,
        /** An existing request of the worker, linked. */
        LINKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hd_escalation_seq")
    @SequenceGenerator(name = "hd_escalation_seq", sequenceName = "hd_escalation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(name = "service", nullable = false, length = 16)
    private String service;

    @Column(name = "kind", nullable = false, length = 32)
    private String kind;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "mode", nullable = false, length = 16)
    private String mode;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected Escalation() {
    }

    /**
     * @param ticketId  the conversation's ticket
     * @param service   the module the request lives in
     * @param kind      what the request is in its module (trip-request, consultation, job-seeker)
     * @param requestId its id in the module
     * @param mode      created or linked
     * @param actor     the staff user who did it
     * @param now       when
     */
    public Escalation(long ticketId, Ticket.Service service, String kind, long requestId, Mode mode, String actor,
                      Instant now) {
        this.ticketId = ticketId;
        this.service = service.name();
        this.kind = Objects.requireNonNull(kind);
        this.requestId = requestId;
        this.mode = mode.name();
        this.actor = Objects.requireNonNull(actor);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return the ticket */
    public long ticketId() {
        return ticketId;
    }

    /** @return the module */
    public Ticket.Service service() {
        return Ticket.Service.valueOf(service);
    }

    /** @return trip-request, consultation or job-seeker */
    public String kind() {
        return kind;
    }

    /** @return the request's id in its module */
    public long requestId() {
        return requestId;
    }

    /** @return created or linked */
    public Mode mode() {
        return Mode.valueOf(mode);
    }

    /** @return who */
    public String actor() {
        return actor;
    }

    /** @return when */
    public Instant createdAt() {
        return createdAt;
    }
}
