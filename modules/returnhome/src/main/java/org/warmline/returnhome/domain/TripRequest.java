package org.warmline.returnhome.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A worker's request for a seat home (返乡): from where they work (origin) to home (destination) on
 * a travel date, for a party that travels together.
 */
@Entity
@Table(name = "rh_trip_request")
public class TripRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rh_trip_request_seq")
    @SequenceGenerator(name = "rh_trip_request_seq", sequenceName = "rh_trip_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "conversation_ref", length = 64)
    private String conversationRef;

    @Column(name = "destination_code", nullable = false, length = 6)
    private String destinationCode;

    @Column(name = "origin_code", nullable = false, length = 6)
    private String originCode;

    @Column(name = "travel_date", nullable = false)
    private LocalDate travelDate;

    @Column(name = "party_size", nullable = false)
    private int partySize;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private TripRequestStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** For JPA. */
    protected TripRequest() {
    }

    /**
     * A new request awaiting the worker's confirmation.
     *
     * @param workerId        the worker
     * @param conversationRef the source conversation
     * @param destinationCode GB/T 2260 code of home
     * @param originCode      GB/T 2260 code of the workplace city
     * @param travelDate      the day asked for
     * @param partySize       people in the party
     * @param now             creation time
     */
    public TripRequest(long workerId, String conversationRef, String destinationCode, String originCode,
                       LocalDate travelDate, PartySize partySize, Instant now) {
        this.workerId = workerId;
        this.conversationRef = conversationRef;
        this.createdAt = Objects.requireNonNull(now);
        this.status = TripRequestStatus.AWAITING_CONFIRMATION;
        change(destinationCode, originCode, travelDate, partySize);
    }

    /**
     * Replaces the trip fields of an unconfirmed request.
     *
     * @throws IllegalStateException if the request is no longer awaiting confirmation
     * @throws IllegalArgumentException if a code is not 2, 4 or 6 digits
     */
    public void change(String destinationCode, String originCode, LocalDate travelDate, PartySize partySize) {
        if (status != TripRequestStatus.AWAITING_CONFIRMATION) {
            throw new IllegalStateException("only an unconfirmed request can change, this one is " + status);
        }
        this.destinationCode = requireCode(destinationCode);
        this.originCode = requireCode(originCode);
        this.travelDate = Objects.requireNonNull(travelDate, "travelDate");
        this.partySize = Objects.requireNonNull(partySize, "partySize").people();
    }

    /**
     * The worker confirmed.
     *
     * @param now when
     * @throws IllegalStateException if it was not awaiting confirmation
     */
    public void confirm(Instant now) {
        if (status != TripRequestStatus.AWAITING_CONFIRMATION) {
            throw new IllegalStateException("cannot confirm a request that is " + status);
        }
        status = TripRequestStatus.CONFIRMED;
        confirmedAt = now;
    }

    /** The worker withdrew the unconfirmed request. @throws IllegalStateException if already confirmed */
    public void discard() {
        if (status != TripRequestStatus.AWAITING_CONFIRMATION) {
            throw new IllegalStateException("cannot discard a request that is " + status);
        }
        status = TripRequestStatus.DISCARDED;
    }

    private static String requireCode(String code) {
        if (code == null || !code.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw new IllegalArgumentException("a place code has 2, 4 or 6 digits");
        }
        return code;
    }

    /** @return id, null before persist */
    public Long id() {
        return id;
    }

    /** @return the worker id */
    public long workerId() {
        return workerId;
    }

    /** @return GB/T 2260 code of home */
    public String destinationCode() {
        return destinationCode;
    }

    /** @return GB/T 2260 code of the workplace */
    public String originCode() {
        return originCode;
    }

    /** @return the day asked for */
    public LocalDate travelDate() {
        return travelDate;
    }

    /** @return people in the party */
    public int partySize() {
        return partySize;
    }

    /** @return current status */
    public TripRequestStatus status() {
        return status;
    }

    /** @return when it was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when the worker confirmed, or null */
    public Instant confirmedAt() {
        return confirmedAt;
    }
}
