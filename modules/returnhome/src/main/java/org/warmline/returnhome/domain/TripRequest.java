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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A worker's request for a seat home (返乡): from where they work (origin) to home (destination) in a
 * travel window, for a party that travels together. The party is one request, so it is only ever
 * on one trip, whole (issue 6, item 1); the lifecycle is {@link TripRequestStatus}.
 */
@Entity
@Table(name = "rh_trip_request")
public class TripRequest {

    /** Longest special-needs note, in characters. */
    public static final int MAX_NOTES = 500;

    /** The longest passenger name kept (characters); Chinese names are 2-4, transliterated ones longer. */
    public static final int MAX_NAME = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rh_trip_request_seq")
    @SequenceGenerator(name = "rh_trip_request_seq", sequenceName = "rh_trip_request_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    @Column(name = "earliest_date")
    private LocalDate earliestDate;

    @Column(name = "latest_date")
    private LocalDate latestDate;

    @Column(name = "notes", length = MAX_NOTES)
    private String notes;

    @Column(name = "passenger_name", length = MAX_NAME)
    private String passengerName;

    @Column(name = "party_size", nullable = false)
    private int partySize;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private TripRequestStatus status;

    @Column(name = "trip_id")
    private Long tripId;

    @Column(name = "offer_deadline")
    private Instant offerDeadline;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "unreachable_at")
    private Instant unreachableAt;

    /** For JPA. */
    protected TripRequest() {
    }

    /**
     * A new request awaiting the worker's confirmation, for exactly the travel date.
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
     * Replaces the trip fields of an unconfirmed request; the window becomes exactly the travel date.
     *
     * @throws IllegalStateException if the request is no longer awaiting confirmation
     * @throws IllegalArgumentException if a code is not 2, 4 or 6 digits
     */
    public void change(String destinationCode, String originCode, LocalDate travelDate, PartySize partySize) {
        change(destinationCode, originCode, travelDate, null, null, null, partySize);
    }

    /**
     * Replaces the trip fields of an unconfirmed request.
     *
     * @param earliestDate first acceptable day, or null for the travel date
     * @param latestDate   last acceptable day, or null for the travel date
     * @param notes        special needs (wheelchair, infant …), at most {@link #MAX_NOTES} characters, or null
     * @throws IllegalStateException if the request is no longer awaiting confirmation
     * @throws IllegalArgumentException if a code is malformed or the window does not contain the travel date
     */
    public void change(String destinationCode, String originCode, LocalDate travelDate, LocalDate earliestDate,
                       LocalDate latestDate, String notes, PartySize partySize) {
        if (status != TripRequestStatus.AWAITING_CONFIRMATION) {
            throw new IllegalStateException("only an unconfirmed request can change, this one is " + status);
        }
        Objects.requireNonNull(travelDate, "travelDate");
        if (earliestDate != null && earliestDate.isAfter(travelDate)
                || latestDate != null && latestDate.isBefore(travelDate)) {
            throw new IllegalArgumentException("the travel window must contain the travel date");
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException("notes take at most " + MAX_NOTES + " characters");
        }
        this.destinationCode = PlaceCodes.require(destinationCode);
        this.originCode = PlaceCodes.require(originCode);
        this.travelDate = travelDate;
        this.earliestDate = earliestDate;
        this.latestDate = latestDate;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.partySize = Objects.requireNonNull(partySize, "partySize").people();
    }

    /**
     * The worker confirmed the request (AWAITING_CONFIRMATION → CONFIRMED).
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

    /**
     * Puts the whole party into a draft trip; it stays CONFIRMED/WAITLISTED until the trip is published.
     * Capacity, window and stops are checked by {@link Trip#assign}.
     *
     * @param trip the draft trip's id
     * @throws TripRuleException if the request does not wait for a seat or is already on a trip
     */
    void placeIn(long trip) {
        requireWaitingWithoutTrip("put on a trip");
        tripId = trip;
    }

    /**
     * Offers the party's seats on a published trip (CONFIRMED/WAITLISTED → OFFERED).
     *
     * @param trip     the trip (the request's current trip, or a new one if it has none)
     * @param deadline the worker must answer before this
     * @param now      the current time
     * @throws TripRuleException if the request does not wait for a seat, sits on another trip, or the
     *                           deadline is not in the future
     */
    void offer(long trip, Instant deadline, Instant now) {
        if (!status.waitsForSeat()) {
            throw new TripRuleException(TripRule.REQUEST_STATUS, "only a request waiting for a seat can be offered one; request " + id
                    + " is " + status);
        }
        if (tripId != null && tripId != trip) {
            throw new TripRuleException(TripRule.PARTY_SPLIT, "request " + id + " is already on trip " + tripId);
        }
        if (!deadline.isAfter(now)) {
            throw new TripRuleException(TripRule.DEADLINE, "an offer deadline must lie in the future");
        }
        tripId = trip;
        offerDeadline = deadline;
        status = TripRequestStatus.OFFERED;
    }

    /**
     * Takes the party out of its draft trip (coordinator edit of a proposal).
     *
     * @throws TripRuleException if the request was already offered a seat (the trip is published)
     */
    void removeFromTrip() {
        if (!status.waitsForSeat() || tripId == null) {
            throw new TripRuleException(TripRule.REQUEST_STATUS, "only a request in a draft trip can be taken out; request " + id
                    + " is " + status);
        }
        tripId = null;
    }

    /**
     * The worker accepted the offered seat (reply 1): OFFERED → SEAT_CONFIRMED.
     *
     * @param now when the answer arrived
     * @throws TripRuleException if there is no open offer or its deadline has passed
     */
    public void accept(Instant now) {
        requireOpenOffer(now, "accept");
        status = TripRequestStatus.SEAT_CONFIRMED;
        answeredAt = now;
    }

    /**
     * The worker declined the offered seat (reply 2): OFFERED → DECLINED; the seats go back to the trip.
     *
     * @param now when the answer arrived
     * @throws TripRuleException if there is no open offer or its deadline has passed
     */
    public void decline(Instant now) {
        requireOpenOffer(now, "decline");
        status = TripRequestStatus.DECLINED;
        answeredAt = now;
    }

    /**
     * No answer by the deadline: OFFERED → EXPIRED; the seats go back to the trip (and its waitlist).
     *
     * @param now the current time
     * @throws TripRuleException if it is not offered or the deadline has not passed yet
     */
    public void expire(Instant now) {
        if (status != TripRequestStatus.OFFERED || now.isBefore(offerDeadline)) {
            throw new TripRuleException(TripRule.REQUEST_STATUS, "only an offer past its deadline expires; request " + id + " is " + status);
        }
        status = TripRequestStatus.EXPIRED;
    }

    /**
     * No seat for now: CONFIRMED (on no trip) → WAITLISTED.
     *
     * @throws TripRuleException if the request is not a confirmed request without a trip
     */
    public void waitlist() {
        if (status != TripRequestStatus.CONFIRMED || tripId != null) {
            throw new TripRuleException(TripRule.REQUEST_STATUS, "only a confirmed request without a trip can be waitlisted; request " + id
                    + " is " + status);
        }
        status = TripRequestStatus.WAITLISTED;
    }

    /**
     * The worker cancels (CONFIRMED, WAITLISTED, OFFERED, SEAT_CONFIRMED → CANCELLED); seats are released.
     *
     * @param now when
     * @throws TripRuleException from any other status
     */
    public void cancelByWorker(Instant now) {
        if (!EnumSet.of(TripRequestStatus.CONFIRMED, TripRequestStatus.WAITLISTED, TripRequestStatus.OFFERED,
                TripRequestStatus.SEAT_CONFIRMED).contains(status)) {
            throw new TripRuleException(TripRule.REQUEST_STATUS, "a request that is " + status + " cannot be cancelled");
        }
        if (status == TripRequestStatus.CONFIRMED || status == TripRequestStatus.WAITLISTED) {
            tripId = null;
        }
        status = TripRequestStatus.CANCELLED;
        answeredAt = now;
    }

    /**
     * The worker may change or cancel their own request by SMS or chat until this long before their
     * published trip leaves; later only a person can (the coordinators' rule: boarding lists are made
     * the evening before, and check-in opens {@link Trip#CHECK_IN_OPENS_BEFORE} before departure, also
     * 12 hours). Staff are not bound by it.
     */
    public static final java.time.Duration SELF_SERVICE_CLOSES_BEFORE = java.time.Duration.ofHours(12);

    /** Who asks for a change: the worker by SMS or chat, or staff on their behalf. */
    public enum ChangedBy {
        /** The worker, by SMS or chat: bound by {@link #SELF_SERVICE_CLOSES_BEFORE}. */
        WORKER,
        /** A member of staff (operator, coordinator): may change until the trip leaves. */
        STAFF
    }

    /**
     * Why a change of this confirmed or waiting request would be refused, without changing anything
     * (the bot asks "回复1确认" only for a change that would be made). Rules (issue 10, point 4):
     * <ul>
     *   <li>only an open request changes: CONFIRMED, WAITLISTED, OFFERED, SEAT_CONFIRMED;</li>
     *   <li>not once its trip has left; not by the worker within {@link #SELF_SERVICE_CLOSES_BEFORE} of
     *       the departure of its published trip;</li>
     *   <li>a bigger party must fit the free seats of its published trip (a party is never split); we
     *       refuse rather than move the party off its trip, because a seat already offered or confirmed is
     *       worth more to the worker than a place on the waitlist — a person can find another vehicle;</li>
     *   <li>a new day must not lie before today (Asia/Shanghai); a value equal to the current one is no change.</li>
     * </ul>
     *
     * @param change     what would change
     * @param trip       the trip the request is on ({@link #tripId()}), or null when it is on none
     * @param passengers the requests holding seats on that trip (ignored without a trip)
     * @param by         who asks
     * @param now        the current time
     * @return the refusal, or null when the change would be made
     */
    public TripChangeRefused refusal(TripRequestChange change, Trip trip, Collection<TripRequest> passengers,
                                     ChangedBy by, Instant now) {
        if (!EnumSet.of(TripRequestStatus.CONFIRMED, TripRequestStatus.WAITLISTED, TripRequestStatus.OFFERED,
                TripRequestStatus.SEAT_CONFIRMED).contains(status)) {
            return new TripChangeRefused(TripChangeRefused.Reason.NOT_OPEN, 0, "request " + id + " is " + status
                    + "; only a confirmed or waiting request can be changed or cancelled");
        }
        Trip on = onTrip(trip);
        if (on != null && (on.status() == TripStatus.DEPARTED || on.status() == TripStatus.ARRIVED)) {
            return new TripChangeRefused(TripChangeRefused.Reason.TRIP_LEFT, 0, "trip " + on.id() + " has left");
        }
        if (on != null && by == ChangedBy.WORKER && on.status() == TripStatus.PUBLISHED
                && !now.isBefore(on.departsAt().minus(SELF_SERVICE_CLOSES_BEFORE))) {
            return new TripChangeRefused(TripChangeRefused.Reason.LEAVES_SOON, 0, "trip " + on.id() + " leaves within "
                    + SELF_SERVICE_CLOSES_BEFORE.toHours() + " hours; only staff can change or cancel the seat now");
        }
        switch (change.kind()) {
            case PARTY_SIZE -> {
                int people = change.partySize().people();
                if (people == partySize) {
                    return same("party size " + people);
                }
                if (on != null && on.status() == TripStatus.PUBLISHED && holdsSeatOn(on.id())) {
                    int free = on.capacity() - on.seatsTaken(passengers);
                    if (people - partySize > free) {
                        return new TripChangeRefused(TripChangeRefused.Reason.NO_ROOM, Math.max(0, free),
                                "trip " + on.id() + " has " + Math.max(0, free) + " free seats; a party of " + people
                                        + " instead of " + partySize + " does not fit (a party is never split)");
                    }
                }
            }
            case TRAVEL_DATE -> {
                LocalDate today = now.atZone(Trip.ZONE).toLocalDate();
                if (change.travelDate().isBefore(today)) {
                    return new TripChangeRefused(TripChangeRefused.Reason.PAST_DATE, 0, "travel day "
                            + change.travelDate() + " is before today, " + today + " (Asia/Shanghai)");
                }
                if (change.travelDate().equals(travelDate) && earliestDate().equals(latestDate())) {
                    return same("travel day " + travelDate);
                }
            }
            case DESTINATION -> {
                if (change.destinationCode().equals(destinationCode)) {
                    return same("destination " + destinationCode);
                }
            }
            case CANCEL -> { }
        }
        return null;
    }

    private TripChangeRefused same(String what) {
        return new TripChangeRefused(TripChangeRefused.Reason.SAME_VALUE, 0, "request " + id + " already has "
                + what);
    }

    /**
     * Makes a change of a confirmed or waiting request (see {@link #refusal} for the rules). A party
     * that no longer fits its trip leaves it: out of a draft it waits in the pool as before; off a
     * published trip its seats are released (the deadline job offers them to the waitlist, {@link
     * SeatRelease}) and it goes to the waitlist itself, on no trip. A smaller party frees seats the same
     * way. A cancellation releases the seats ({@link #cancelByWorker}).
     *
     * @param change     what changes
     * @param trip       the trip the request is on, or null
     * @param passengers the requests holding seats on that trip
     * @param by         who asks
     * @param now        the current time
     * @return whether the party left its trip (a notice of the trip no longer applies)
     * @throws TripChangeRefused if a rule forbids the change; nothing changed then
     */
    public boolean amend(TripRequestChange change, Trip trip, Collection<TripRequest> passengers, ChangedBy by,
                         Instant now) {
        TripChangeRefused refused = refusal(change, trip, passengers, by, now);
        if (refused != null) {
            throw refused;
        }
        Trip on = onTrip(trip);
        boolean leaves = wouldLeave(change, trip, passengers);
        switch (change.kind()) {
            case PARTY_SIZE -> partySize = change.partySize().people();
            case TRAVEL_DATE -> {
                travelDate = change.travelDate();
                earliestDate = null;
                latestDate = null;
            }
            case DESTINATION -> destinationCode = change.destinationCode();
            case CANCEL -> {
                cancelByWorker(now);
                return on != null;
            }
        }
        return leaves && leave(on);
    }

    /**
     * Whether the party would leave its trip by this change (the bot and the notice say so): a day the
     * trip does not leave on, a destination none of its stops serves, a bigger party that no longer fits
     * a draft; a cancellation always gives up the seats.
     *
     * @param change     the change
     * @param trip       the trip the request is on, or null
     * @param passengers the requests holding seats on it
     * @return whether it would leave the trip (false when on none)
     */
    public boolean wouldLeave(TripRequestChange change, Trip trip, Collection<TripRequest> passengers) {
        Trip on = onTrip(trip);
        if (on == null) {
            return false;
        }
        return switch (change.kind()) {
            case PARTY_SIZE -> on.status() == TripStatus.DRAFT && change.partySize().people() > partySize
                    && on.seatsTaken(passengers) - partySize + change.partySize().people() > on.capacity();
            case TRAVEL_DATE -> !change.travelDate().equals(on.departureDate());
            case DESTINATION -> on.stops().stream().noneMatch(s -> PlaceCodes.serves(s, change.destinationCode()));
            case CANCEL -> true;
        };
    }

    private Trip onTrip(Trip trip) {
        return trip != null && tripId != null && Objects.equals(trip.id(), tripId) ? trip : null;
    }

    /** Takes the party off its trip: out of a draft as it was, off a published trip to the waitlist. */
    private boolean leave(Trip trip) {
        tripId = null;
        if (trip.status() == TripStatus.PUBLISHED) {
            offerDeadline = null;
            status = TripRequestStatus.WAITLISTED;
        }
        return true;
    }

    /**
     * Check-in at boarding: the party boarded (SEAT_CONFIRMED or a mistaken NO_SHOW → BOARDED). A party
     * whose seat is only OFFERED has not said it comes and is not checked in: its seat may still go to
     * the waitlist.
     *
     * @throws TripRuleException from any other status
     */
    public void board() {
        requireCheckIn(EnumSet.of(TripRequestStatus.SEAT_CONFIRMED, TripRequestStatus.NO_SHOW));
        status = TripRequestStatus.BOARDED;
    }

    /**
     * Check-in at boarding: the party did not come (SEAT_CONFIRMED or a mistaken BOARDED → NO_SHOW). An
     * OFFERED seat that was never confirmed is not a no-show: the offer expires instead.
     *
     * @throws TripRuleException from any other status
     */
    public void noShow() {
        requireCheckIn(EnumSet.of(TripRequestStatus.SEAT_CONFIRMED, TripRequestStatus.BOARDED));
        status = TripRequestStatus.NO_SHOW;
    }

    /**
     * Its trip was cancelled: a party holding seats goes to the front of the waitlist, on no trip.
     *
     * @throws TripRuleException if it held no seat on a trip
     */
    void tripCancelled() {
        if (tripId == null || !EnumSet.of(TripRequestStatus.CONFIRMED, TripRequestStatus.WAITLISTED,
                TripRequestStatus.OFFERED, TripRequestStatus.SEAT_CONFIRMED).contains(status)) {
            throw new TripRuleException(TripRule.NOT_ON_TRIP, "request " + id + " held no seat on a trip");
        }
        tripId = null;
        offerDeadline = null;
        status = TripRequestStatus.WAITLISTED;
    }

    /**
     * @param date a day
     * @return whether the day lies in the travel window
     */
    public boolean acceptsDate(LocalDate date) {
        return !date.isBefore(earliestDate()) && !date.isAfter(latestDate());
    }

    /** @param now the current time @return whether an offer is open (OFFERED, deadline not passed) */
    public boolean hasOpenOffer(Instant now) {
        return status == TripRequestStatus.OFFERED && now.isBefore(offerDeadline);
    }

    private void requireOpenOffer(Instant now, String what) {
        if (status != TripRequestStatus.OFFERED) {
            throw new TripRuleException(TripRule.REQUEST_STATUS, "no open offer to " + what + "; request " + id + " is " + status);
        }
        if (!now.isBefore(offerDeadline)) {
            throw new TripRuleException(TripRule.OFFER_EXPIRED, "the offer of request " + id + " expired at " + offerDeadline);
        }
    }

    private void requireCheckIn(Set<TripRequestStatus> from) {
        if (!from.contains(status)) {
            throw new TripRuleException(TripRule.SEAT_UNCONFIRMED, "request " + id + " is " + status + "; only a party whose seat is confirmed"
                    + " (SEAT_CONFIRMED, or BOARDED / NO_SHOW to correct a mistake) is checked in");
        }
    }

    private void requireWaitingWithoutTrip(String what) {
        if (!status.waitsForSeat()) {
            throw new TripRuleException(TripRule.REQUEST_STATUS, "request " + id + " is " + status + " and cannot be " + what);
        }
        if (tripId != null) {
            throw new TripRuleException(TripRule.PARTY_SPLIT, "request " + id + " is already on trip " + tripId
                    + "; a party is never split or on two trips");
        }
    }

    /** @return id, null before persist */
    public Long id() {
        return id;
    }

    /** @return the worker id */
    public long workerId() {
        return workerId;
    }

    /** @return the conversation the request came from, or null */
    public String conversationRef() {
        return conversationRef;
    }

    /** @return GB/T 2260 code of home */
    public String destinationCode() {
        return destinationCode;
    }

    /** @return GB/T 2260 code of the workplace */
    public String originCode() {
        return originCode;
    }

    /**
     * The places a help centre's scope is checked against (issue 5, point 2: a centre sees a request
     * whose origin or destination it serves).
     *
     * @return origin and destination codes, in that order
     */
    public List<String> places() {
        return List.of(originCode, destinationCode);
    }

    /** @return the day asked for */
    public LocalDate travelDate() {
        return travelDate;
    }

    /** @return first acceptable day (the travel date unless a window was given) */
    public LocalDate earliestDate() {
        return earliestDate == null ? travelDate : earliestDate;
    }

    /** @return last acceptable day (the travel date unless a window was given) */
    public LocalDate latestDate() {
        return latestDate == null ? travelDate : latestDate;
    }

    /** @return the passenger's name as given (personal data), or null */
    public String passengerName() {
        return passengerName;
    }

    /**
     * Records the name the passenger gave (for the driver's manifest); blank clears it.
     *
     * @param name the name, at most {@link #MAX_NAME} characters, or null
     * @throws IllegalArgumentException if it is longer or holds control characters (400 at the API)
     */
    public void namePassenger(String name) {
        String n = name == null ? null : name.strip();
        if (n != null && n.length() > MAX_NAME) {
            throw new IllegalArgumentException("a passenger name takes at most " + MAX_NAME + " characters");
        }
        if (n != null && n.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a passenger name cannot hold control characters");
        }
        this.passengerName = n == null || n.isEmpty() ? null : n;
    }

    /** @return special needs, or null */
    public String notes() {
        return notes;
    }

    /** @return people in the party (seats) */
    public int partySize() {
        return partySize;
    }

    /** @return current status */
    public TripRequestStatus status() {
        return status;
    }

    /** @return the trip the party is on (draft, offered or travelled), or null */
    public Long tripId() {
        return tripId;
    }

    /**
     * The seat offer just made to this party could reach nobody (the worker opted out, or has neither a
     * phone nor a chat): coordinators are shown it (issue 10, item 3).
     *
     * @param now when
     */
    public void offerUnreachable(Instant now) {
        this.unreachableAt = now;
    }

    /** The latest offer was sent on the worker's channel: any earlier warning no longer holds. */
    public void offerReached() {
        this.unreachableAt = null;
    }

    /** @return whether the party holds an open seat offer that could not be sent to anyone */
    public boolean unreachableOffer() {
        return unreachableAt != null && status == TripRequestStatus.OFFERED;
    }

    /** @return whether the party currently takes seats on trip {@code trip} */
    public boolean holdsSeatOn(long trip) {
        return tripId != null && tripId == trip && status.holdsSeat();
    }

    /** @return the deadline of the current or last offer, or null */
    public Instant offerDeadline() {
        return offerDeadline;
    }

    /** @return when it was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when the worker confirmed, or null */
    public Instant confirmedAt() {
        return confirmedAt;
    }

    /** @return when the worker answered an offer or cancelled, or null */
    public Instant answeredAt() {
        return answeredAt;
    }

    /**
     * Gives a request that is not persisted an id (tests and offline planning); JPA assigns ids otherwise.
     *
     * @param id the id
     * @throws IllegalStateException if it already has one
     */
    public void identify(long id) {
        if (this.id != null) {
            throw new IllegalStateException("id already set");
        }
        this.id = id;
    }
}
