package org.warmline.returnhome.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One vehicle (or train-ticket block) leaving one pick-up point at one time for ordered destination
 * stops (issue 6, item 3). It enforces the assignment rules of item 4 — capacity never exceeded, a
 * party kept together, the departure date inside the request's window, the destination on the
 * stops — and the trip lifecycle {@link TripStatus}. Departure is stored as an instant (UTC); the
 * worker-facing date and time are Asia/Shanghai ({@link #ZONE}).
 */
@Entity
@Table(name = "rh_trip")
public class Trip {

    /** The zone of every date and clock time a worker or coordinator sees. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Most stops of one trip (the benchmark's and the planner's rule: at most 5 stops). */
    public static final int MAX_STOPS = 5;
    /** Longest pick-up point text, in characters, so a notice stays within two SMS segments. */
    public static final int MAX_PICKUP = 24;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rh_trip_seq")
    @SequenceGenerator(name = "rh_trip_seq", sequenceName = "rh_trip_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_type", nullable = false, length = 16)
    private VehicleType vehicleType;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "origin_code", nullable = false, length = 6)
    private String originCode;

    @Column(name = "pickup_point", nullable = false, length = MAX_PICKUP)
    private String pickupPoint;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rh_trip_stop", joinColumns = @JoinColumn(name = "trip_id"))
    @OrderColumn(name = "position")
    @Column(name = "place_code", length = 6)
    private List<String> stops = new ArrayList<>();

    @Column(name = "departs_at", nullable = false)
    private Instant departsAt;

    @Column(name = "carrier", length = 100)
    private String carrier;

    @Column(name = "driver_contact", length = 100)
    private String driverContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TripStatus status;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "confirm_by")
    private Instant confirmBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected Trip() {
    }

    /**
     * A new DRAFT trip.
     *
     * @param vehicle     what carries the passengers
     * @param blockSeats  seats of a train block (null for road vehicles)
     * @param originCode  GB/T 2260 code of the origin city
     * @param pickupPoint where passengers board, at most {@link #MAX_PICKUP} characters
     * @param stops       destination codes in the order served, 1..{@link #MAX_STOPS}, no repeats
     * @param departsAt   departure time
     * @param carrier     the carrier's name, or null
     * @param driverContact the driver's name and phone (shown to staff only), or null
     * @param now         creation time
     * @throws IllegalArgumentException if a field breaks a rule
     */
    public Trip(VehicleType vehicle, Integer blockSeats, String originCode, String pickupPoint, List<String> stops,
                Instant departsAt, String carrier, String driverContact, Instant now) {
        this.status = TripStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now);
        this.vehicleType = Objects.requireNonNull(vehicle, "vehicleType");
        this.capacity = vehicle.capacity(blockSeats);
        this.originCode = PlaceCodes.require(originCode);
        setDetails(pickupPoint, stops, departsAt, carrier, driverContact);
    }

    private void setDetails(String pickup, List<String> newStops, Instant departs, String carrierName, String driver) {
        if (pickup == null || pickup.isBlank() || pickup.strip().length() > MAX_PICKUP) {
            throw new IllegalArgumentException("a pick-up point has 1.." + MAX_PICKUP + " characters");
        }
        if (newStops == null || newStops.isEmpty() || newStops.size() > MAX_STOPS) {
            throw new IllegalArgumentException("a trip has 1.." + MAX_STOPS + " stops");
        }
        newStops.forEach(PlaceCodes::require);
        if (new LinkedHashSet<>(newStops).size() != newStops.size()) {
            throw new IllegalArgumentException("a stop appears twice");
        }
        this.pickupPoint = pickup.strip();
        this.stops = new ArrayList<>(newStops);
        this.departsAt = Objects.requireNonNull(departs, "departsAt");
        this.carrier = carrierName;
        this.driverContact = driver;
    }

    /**
     * Changes pick-up point, stops, departure, carrier or driver of a DRAFT or PUBLISHED trip. The
     * passengers already on it must still fit: each departure date inside their window, each
     * destination on a stop.
     *
     * @param passengers the requests holding seats on it
     * @return whether a published trip's passengers must be told (departure, pick-up or stops changed)
     * @throws TripRuleException if the trip has left or was cancelled, or a passenger would no longer fit
     * @throws IllegalArgumentException if a field breaks a rule
     */
    public boolean change(String pickup, List<String> newStops, Instant departs, String carrierName, String driver,
                          Collection<TripRequest> passengers) {
        requireStatus(TripStatus.DRAFT, TripStatus.PUBLISHED);
        boolean visible = !Objects.equals(pickupPoint, pickup == null ? null : pickup.strip())
                || !stops.equals(newStops) || !departsAt.equals(departs);
        String oldPickup = pickupPoint;
        List<String> oldStops = stops;
        Instant oldDeparts = departsAt;
        setDetails(pickup, newStops, departs, carrierName, driver);
        for (TripRequest r : passengers) {
            TripRuleException misfit = misfit(r);
            if (misfit != null) {
                setDetails(oldPickup, oldStops, oldDeparts, carrierName, driver);
                throw new TripRuleException(misfit.rule(), "the change would break a passenger's request: "
                        + misfit.getMessage());
            }
        }
        return visible && status == TripStatus.PUBLISHED;
    }

    /**
     * Assigns a whole party to this trip (issue 6, item 4). On a DRAFT trip the request keeps its status;
     * on a PUBLISHED trip it is offered the seats at once, with {@code offerDeadline}.
     *
     * @param request       a CONFIRMED or WAITLISTED request on no trip
     * @param passengers    the requests holding seats on this trip now
     * @param offerDeadline deadline of the offer when the trip is published (ignored for drafts)
     * @param now           the current time
     * @throws TripRuleException if a rule is broken; the message names it
     */
    public void assign(TripRequest request, Collection<TripRequest> passengers, Instant offerDeadline, Instant now) {
        requireStatus(TripStatus.DRAFT, TripStatus.PUBLISHED);
        if (!request.status().waitsForSeat()) {
            throw new TripRuleException(TripRule.REQUEST_STATUS, "request " + request.id() + " is " + request.status()
                    + "; only confirmed or waitlisted requests get seats");
        }
        if (request.tripId() != null) {
            throw new TripRuleException(TripRule.PARTY_SPLIT, "request " + request.id() + " is already on trip " + request.tripId()
                    + "; a party is never split or on two trips");
        }
        requireRoomFor(request, passengers);
        if (status == TripStatus.DRAFT) {
            request.placeIn(requireId());
        } else {
            request.offer(requireId(), offerDeadline, now);
        }
    }

    /**
     * Takes a party out of this DRAFT trip.
     *
     * @param request a request in this trip
     * @throws TripRuleException if the trip is not a draft or the request is not on it
     */
    public void unassign(TripRequest request) {
        requireStatus(TripStatus.DRAFT);
        if (!Objects.equals(request.tripId(), id)) {
            throw new TripRuleException(TripRule.NOT_ON_TRIP, "request " + request.id() + " is not on trip " + id);
        }
        request.removeFromTrip();
    }

    /**
     * Moves a party from this DRAFT trip to another DRAFT trip (editing a planner's proposal, issue 6,
     * item 5): the target's rules of {@link #assign} (origin, travel window, stops, capacity with the
     * party whole) are checked first, so a refused move changes nothing and the party stays here.
     *
     * @param target           another DRAFT trip
     * @param request          a party on this trip
     * @param targetPassengers the requests holding seats on {@code target} now
     * @param now              the current time
     * @throws TripRuleException if either trip is not a draft, the party is not on this trip, or the
     *                           target refuses it; the message names the rule
     */
    public void moveTo(Trip target, TripRequest request, Collection<TripRequest> targetPassengers, Instant now) {
        requireStatus(TripStatus.DRAFT);
        target.requireStatus(TripStatus.DRAFT);
        if (target == this || Objects.equals(target.id, id)) {
            throw new TripRuleException(TripRule.SAME_TRIP, "request " + request.id() + " is on trip " + id + " already");
        }
        if (!Objects.equals(request.tripId(), id)) {
            throw new TripRuleException(TripRule.NOT_ON_TRIP, "request " + request.id() + " is not on trip " + id);
        }
        target.requireRoomFor(request, targetPassengers);
        unassign(request);
        target.assign(request, targetPassengers, null, now);
    }

    /**
     * Publishes a DRAFT trip: every passenger is offered their seats until {@code confirmBy}.
     *
     * @param passengers the requests in the draft
     * @param confirmBy  the offer deadline, after now and before departure
     * @param now        the current time
     * @throws TripRuleException if it is not a draft, has no passengers, or the deadline is out of order
     */
    public void publish(Collection<TripRequest> passengers, Instant confirmBy, Instant now) {
        requireStatus(TripStatus.DRAFT);
        if (passengers.isEmpty()) {
            throw new TripRuleException(TripRule.NO_PASSENGERS, "a trip without passengers is not published");
        }
        if (!confirmBy.isAfter(now) || !confirmBy.isBefore(departsAt)) {
            throw new TripRuleException(TripRule.DEADLINE, "the confirmation deadline must lie between now and the departure");
        }
        for (TripRequest r : passengers) {
            r.offer(requireId(), confirmBy, now);
        }
        this.confirmBy = confirmBy;
        this.publishedAt = now;
        this.status = TripStatus.PUBLISHED;
    }

    /**
     * The default confirmation deadline: 48 hours before departure, but at least 6 hours after now,
     * and never later than 2 hours before departure (coordinators' rule of thumb; a parameter overrides it).
     *
     * @param now the current time
     * @return the deadline
     */
    public Instant defaultConfirmBy(Instant now) {
        Instant byRule = departsAt.minus(Duration.ofHours(48));
        Instant earliest = now.plus(Duration.ofHours(6));
        Instant latest = departsAt.minus(Duration.ofHours(2));
        Instant pick = byRule.isBefore(earliest) ? earliest : byRule;
        return pick.isAfter(latest) ? latest : pick;
    }

    /**
     * Cancels a DRAFT or PUBLISHED trip. A draft's parties go back to the pool unchanged; a published
     * trip's parties holding seats go to the waitlist, on no trip.
     *
     * @param passengers the requests holding seats on it
     * @throws TripRuleException if it already left or was cancelled
     */
    public void cancel(Collection<TripRequest> passengers) {
        requireStatus(TripStatus.DRAFT, TripStatus.PUBLISHED);
        for (TripRequest r : passengers) {
            if (status == TripStatus.DRAFT) {
                r.removeFromTrip();
            } else {
                r.tripCancelled();
            }
        }
        status = TripStatus.CANCELLED;
    }

    /**
     * Check-in opens this long before departure. A product choice of Warmline's coordinators (no external
     * rule): Spring Festival coaches leave early in the morning and staff start boarding lists the evening
     * before, after the 24-hour reminder ({@code TripService.REMINDER_BEFORE}) and the last answers to
     * offers ({@link SeatRelease#LAST_ANSWER_BEFORE_DEPARTURE}); earlier, a tick on the manifest would be
     * a mistake, since nobody can board weeks ahead.
     */
    public static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofHours(12);

    /**
     * A new departure time must lie in the future: a coordinator never plans a trip that has already left.
     *
     * @param departs the departure entered
     * @param now     the server's current time
     * @throws IllegalArgumentException if {@code departs} is not after {@code now} (400 at the API)
     */
    public static void requireFutureDeparture(Instant departs, Instant now) {
        if (departs != null && !departs.isAfter(now)) {
            throw new IllegalArgumentException("departure " + LocalDateTime.ofInstant(departs, ZONE)
                    + " (Asia/Shanghai) is not in the future; it is now " + LocalDateTime.ofInstant(now, ZONE)
                    .truncatedTo(ChronoUnit.MINUTES));
        }
    }

    /**
     * Whether passengers can be checked in now: the trip is PUBLISHED and departs within
     * {@link #CHECK_IN_OPENS_BEFORE} (or has passed its time but is not yet marked departed).
     *
     * @param now the current time
     * @throws TripRuleException if the trip is not published or check-in has not opened yet
     */
    public void requireCheckInOpen(Instant now) {
        if (status != TripStatus.PUBLISHED) {
            throw new TripRuleException(TripRule.TRIP_STATUS, "check-in is open while trip " + id + " is PUBLISHED, it is " + status);
        }
        Instant opens = departsAt.minus(CHECK_IN_OPENS_BEFORE);
        if (now.isBefore(opens)) {
            throw new TripRuleException(TripRule.CHECK_IN_EARLY, "check-in of trip " + id + " opens " + CHECK_IN_OPENS_BEFORE.toHours()
                    + " hours before departure, at " + LocalDateTime.ofInstant(opens, ZONE) + " (Asia/Shanghai)");
        }
    }

    /** @return when check-in opens: {@link #CHECK_IN_OPENS_BEFORE} before departure */
    public Instant checkInOpensAt() {
        return departsAt.minus(CHECK_IN_OPENS_BEFORE);
    }

    /**
     * @param margin how long before its departure time a trip may be marked departed
     *               ({@code warmline.returnhome.departure-margin})
     * @return the first instant the trip may be marked departed
     */
    public Instant departAllowedFrom(Duration margin) {
        return departsAt.minus(margin);
    }

    /**
     * The trip left (PUBLISHED → DEPARTED), not earlier than {@code margin} before its departure time: a
     * coach cannot leave hours early, and a mistaken click would end check-in and the seat offers.
     *
     * @param now    the current time
     * @param margin how long before the departure time it may be marked departed
     * @throws TripRuleException if the trip is not PUBLISHED or it is too early
     */
    public void depart(Instant now, Duration margin) {
        requireStatus(TripStatus.PUBLISHED);
        Instant from = departAllowedFrom(margin);
        if (now.isBefore(from)) {
            throw new TripRuleException(TripRule.DEPART_EARLY, "trip " + id + " can be marked departed from " + LocalDateTime.ofInstant(from, ZONE)
                    + " (Asia/Shanghai), " + margin.toMinutes() + " minutes before its departure");
        }
        status = TripStatus.DEPARTED;
    }

    /** The trip arrived (DEPARTED → ARRIVED). @throws TripRuleException otherwise */
    public void arrive() {
        requireStatus(TripStatus.DEPARTED);
        status = TripStatus.ARRIVED;
    }

    /** @param now when the 24-hour reminder went out */
    public void reminded(Instant now) {
        remindedAt = now;
    }

    /** @param plan the planning run that proposed this draft */
    public void proposedBy(long plan) {
        planId = plan;
    }

    /**
     * @param request a request
     * @return why its party cannot travel on this trip (origin, window, stops), or null if it can
     */
    public String fitProblem(TripRequest request) {
        TripRuleException misfit = misfit(request);
        return misfit == null ? null : misfit.getMessage();
    }

    /** @param request a request @return the rule its party breaks on this trip (origin, window, stops), or null */
    private TripRuleException misfit(TripRequest request) {
        if (!PlaceCodes.sameCity(originCode, request.originCode())) {
            return new TripRuleException(TripRule.OTHER_ORIGIN, "request " + request.id() + " starts in "
                    + request.originCode() + ", the trip in " + originCode);
        }
        if (!request.acceptsDate(departureDate())) {
            return new TripRuleException(TripRule.OUTSIDE_WINDOW, "departure " + departureDate()
                    + " is outside request " + request.id() + "'s window "
                    + request.earliestDate() + ".." + request.latestDate());
        }
        if (stops.stream().noneMatch(s -> PlaceCodes.serves(s, request.destinationCode()))) {
            return new TripRuleException(TripRule.NOT_A_STOP, "destination " + request.destinationCode()
                    + " of request " + request.id() + " is not on the trip's stops " + stops);
        }
        return null;
    }

    /** @param passengers requests @return seats taken by those holding seats on this trip */
    public int seatsTaken(Collection<TripRequest> passengers) {
        return passengers.stream().filter(r -> id == null ? r.status().holdsSeat() : r.holdsSeatOn(id))
                .mapToInt(TripRequest::partySize).sum();
    }

    private long requireId() {
        if (id == null) {
            throw new IllegalStateException("the trip has no id yet");
        }
        return id;
    }

    /** @throws TripRuleException if the party does not fit (origin, window, stops) or there are too few seats */
    private void requireRoomFor(TripRequest request, Collection<TripRequest> passengers) {
        TripRuleException misfit = misfit(request);
        if (misfit != null) {
            throw misfit;
        }
        int taken = seatsTaken(passengers);
        if (taken + request.partySize() > capacity) {
            throw new TripRuleException(TripRule.SEATS_EXCEEDED, "capacity " + capacity + " seats exceeded: " + taken
                    + " taken, party of " + request.partySize() + " kept together");
        }
    }

    private void requireStatus(TripStatus... allowed) {
        for (TripStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new TripRuleException(TripRule.TRIP_STATUS, "trip " + id + " is " + status);
    }

    /**
     * Gives a trip that is not persisted an id (tests and offline planning); JPA assigns ids otherwise.
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

    /** @return id, null before persist */
    public Long id() {
        return id;
    }

    /** @return the vehicle type */
    public VehicleType vehicleType() {
        return vehicleType;
    }

    /** @return capacity in seats */
    public int capacity() {
        return capacity;
    }

    /** @return GB/T 2260 code of the origin */
    public String originCode() {
        return originCode;
    }

    /** @return where passengers board */
    public String pickupPoint() {
        return pickupPoint;
    }

    /** @return destination codes in the order served */
    public List<String> stops() {
        return List.copyOf(stops);
    }

    /**
     * The places a help centre's scope is checked against: a centre sees a trip whose origin (pick-up
     * city) or any destination stop it serves.
     *
     * @return the origin code, then the stops in order
     */
    public List<String> places() {
        return places(originCode, stops);
    }

    /**
     * @param originCode a trip's origin code
     * @param stops      its stops
     * @return the places a trip with these fields would touch (origin, then stops), for checking a
     *         scope before the trip exists or changes
     */
    public static List<String> places(String originCode, List<String> stops) {
        List<String> all = new ArrayList<>();
        all.add(originCode);
        if (stops != null) {
            all.addAll(stops);
        }
        return all;
    }

    /** @return departure time */
    public Instant departsAt() {
        return departsAt;
    }

    /** @return departure day in Asia/Shanghai */
    public LocalDate departureDate() {
        return departsAt.atZone(ZONE).toLocalDate();
    }

    /** @return carrier name, or null */
    public String carrier() {
        return carrier;
    }

    /** @return driver name and phone, or null */
    public String driverContact() {
        return driverContact;
    }

    /** @return status */
    public TripStatus status() {
        return status;
    }

    /** @return the planning run that proposed it, or null (made by hand) */
    public Long planId() {
        return planId;
    }

    /** @return the offer deadline set at publishing, or null */
    public Instant confirmBy() {
        return confirmBy;
    }

    /** @return when it was published, or null */
    public Instant publishedAt() {
        return publishedAt;
    }

    /** @return when the 24-hour reminder went out, or null */
    public Instant remindedAt() {
        return remindedAt;
    }

    /** @return creation time */
    public Instant createdAt() {
        return createdAt;
    }
}
