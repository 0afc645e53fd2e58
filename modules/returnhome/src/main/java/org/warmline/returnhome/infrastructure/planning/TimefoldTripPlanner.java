package org.warmline.returnhome.infrastructure.planning;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.warmline.returnhome.domain.planning.Demand;
import org.warmline.returnhome.domain.planning.Plan;
import org.warmline.returnhome.domain.planning.PlanSettings;
import org.warmline.returnhome.domain.planning.PlannedVehicle;
import org.warmline.returnhome.domain.planning.TripPlanner;

/**
 * {@link TripPlanner} with Timefold Solver. Distances: none — stops are grouped by prefecture and
 * province (a vehicle serves one destination province from one origin prefecture; issue 6, item 5
 * allows this instead of a coordinate dataset).
 *
 * <p>Decomposition: parties of different origin prefectures or destination provinces never share a
 * vehicle, so each (origin, province) pair is solved alone; when every party in it has a one-day
 * window, each day is solved alone as well. Each group starts from a first-fit-decreasing packing
 * (counties with most people first, parties largest first, a vehicle takes a party when seats and
 * stops allow). A group whose packing already meets the lower bound (max of ceil(people / capacity)
 * and ceil(stops / maxStops)) is optimal and not solved; the others share the time budget in
 * proportion to their parties and are improved by Timefold local search from that packing.
 */
@ApplicationScoped
public class TimefoldTripPlanner implements TripPlanner {

    private final SolverConfig baseConfig = new SolverConfig()
            .withSolutionClass(GroupSolution.class)
            .withEntityClasses(PartyAssignment.class)
            .withConstraintProviderClass(TripConstraints.class);

    private SolverFactory<GroupSolution> factory;

    @Override
    public Plan plan(List<Demand> demands, PlanSettings settings) {
        long started = System.nanoTime();
        List<Long> unplanned = new ArrayList<>();
        Map<String, List<Demand>> groups = new LinkedHashMap<>();
        for (Demand d : demands) {
            if (d.people() > settings.capacity()) {
                unplanned.add(d.requestId());
                continue;
            }
            groups.computeIfAbsent(d.originCity() + "/" + d.province(), k -> new ArrayList<>()).add(d);
        }
        List<List<Demand>> parts = new ArrayList<>();
        for (List<Demand> group : groups.values()) {
            boolean oneDay = group.stream().allMatch(d -> d.earliest().equals(d.latest()));
            if (oneDay) {
                parts.addAll(group.stream().collect(Collectors.groupingBy(Demand::askedDate, TreeMap::new,
                        Collectors.toList())).values());
            } else {
                parts.add(group);
            }
        }
        int lowerBound = lowerBound(demands.stream().filter(d -> d.people() <= settings.capacity()).toList(), settings);
        List<PlannedVehicle> vehicles = new ArrayList<>();
        List<List<Demand>> toSolve = new ArrayList<>();
        Map<List<Demand>, List<Load>> packed = new HashMap<>();
        for (List<Demand> part : parts) {
            List<Load> packing = greedy(part, settings);
            boolean oneDay = part.stream().allMatch(d -> d.earliest().equals(d.latest()));
            if (oneDay && packing.size() == lowerBound(part, settings)) {
                packing.forEach(v -> vehicles.add(vehicle(v.parties(), v.date())));
            } else {
                packed.put(part, packing);
                toSolve.add(part);
            }
        }
        if (!toSolve.isEmpty()) {
            long budgetNanos = settings.timeLimit().toNanos() - (System.nanoTime() - started);
            int parties = toSolve.stream().mapToInt(List::size).sum();
            for (List<Demand> part : toSolve) {
                long share = Math.max(Duration.ofMillis(20).toNanos(), budgetNanos * part.size() / Math.max(1, parties));
                vehicles.addAll(solve(part, packed.get(part), settings, Duration.ofNanos(share)));
            }
        }
        vehicles.sort(Comparator.comparing(PlannedVehicle::date).thenComparing(PlannedVehicle::originCity)
                .thenComparing(PlannedVehicle::province).thenComparing(v -> v.stops().get(0)));
        return new Plan(vehicles, unplanned, lowerBound);
    }

    private List<PlannedVehicle> solve(List<Demand> part,
                                       List<Load> packing, PlanSettings settings, Duration limit) {
        List<VehicleSlot> slots = new ArrayList<>();
        List<PartyAssignment> assignments = new ArrayList<>();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (Load v : packing) {
            VehicleSlot slot = new VehicleSlot(slots.size(), v.date(), settings.capacity(), settings.maxStops());
            slots.add(slot);
            v.parties().forEach(d -> assignments.add(new PartyAssignment(d, slot)));
            perDay.merge(slot.getDate(), 1, Integer::sum);
        }
        Set<LocalDate> days = new TreeSet<>();
        for (Demand d : part) {
            for (LocalDate day = d.earliest(); !day.isAfter(d.latest()) && days.size() < 62; day = day.plusDays(1)) {
                days.add(day);
            }
        }
        for (LocalDate day : days) {
            slots.add(new VehicleSlot(slots.size(), day, settings.capacity(), settings.maxStops()));
        }
        long millis = Math.max(20, limit.toMillis());
        GroupSolution best = solverFor(settings, millis).solve(new GroupSolution(slots, assignments));
        if (!best.getScore().isFeasible()) {
            List<PlannedVehicle> fallback = new ArrayList<>();
            packing.forEach(v -> fallback.add(vehicle(v.parties(), v.date())));
            return fallback;
        }
        Map<VehicleSlot, List<Demand>> byVehicle = new LinkedHashMap<>();
        for (PartyAssignment a : best.getParties()) {
            byVehicle.computeIfAbsent(a.getVehicle(), k -> new ArrayList<>()).add(a.getDemand());
        }
        List<PlannedVehicle> result = new ArrayList<>();
        byVehicle.forEach((slot, list) -> result.add(vehicle(list, slot.getDate())));
        return result;
    }

    private Solver<GroupSolution> solverFor(PlanSettings settings, long millis) {
        synchronized (this) {
            if (factory == null) {
                factory = SolverFactory.create(baseConfig.withTerminationConfig(
                        new TerminationConfig().withSpentLimit(Duration.ofSeconds(1))));
            }
        }
        return factory.buildSolver(new SolverConfigOverride<GroupSolution>().withTerminationConfig(
                new TerminationConfig().withSpentLimit(Duration.ofMillis(millis))
                        .withUnimprovedSpentLimit(Duration.ofMillis(Math.max(20, millis / 3)))));
    }

    /**
     * First-fit decreasing that keeps parties whole and respects seats and stops; each vehicle runs on the
     * asked day of its parties (parties of different asked days never share one here).
     *
     * @param part     parties of one origin prefecture and province
     * @param settings capacity and stops
     * @return vehicles as lists of parties
     */
    public static List<Load> greedy(List<Demand> part, PlanSettings settings) {
        List<Load> result = new ArrayList<>();
        Map<LocalDate, Integer> coverage = new HashMap<>();
        for (Demand d : part) {
            if (!d.earliest().equals(d.latest())) {
                for (LocalDate x = d.earliest(); !x.isAfter(d.latest()); x = x.plusDays(1)) {
                    coverage.merge(x, d.people(), Integer::sum);
                }
            } else {
                coverage.merge(d.askedDate(), d.people(), Integer::sum);
            }
        }
        Map<LocalDate, List<Demand>> byDay = part.stream().collect(Collectors.groupingBy(d -> startDay(d, coverage),
                TreeMap::new, Collectors.toList()));
        for (Map.Entry<LocalDate, List<Demand>> entry : byDay.entrySet()) {
            List<Demand> day = entry.getValue();
            Map<String, Integer> peoplePerStop = new HashMap<>();
            day.forEach(d -> peoplePerStop.merge(d.destinationCode(), d.people(), Integer::sum));
            List<Demand> order = new ArrayList<>(day);
            order.sort(Comparator.comparing((Demand d) -> -peoplePerStop.get(d.destinationCode()))
                    .thenComparing(Demand::destinationCode).thenComparing(d -> -d.people())
                    .thenComparing(Demand::requestId));
            List<List<Demand>> vehicles = new ArrayList<>();
            List<Integer> seats = new ArrayList<>();
            List<Set<String>> stops = new ArrayList<>();
            for (Demand d : order) {
                int chosen = -1;
                for (int pass = 0; pass < 2 && chosen < 0; pass++) {
                    for (int i = 0; i < vehicles.size(); i++) {
                        boolean hasStop = stops.get(i).contains(d.destinationCode());
                        boolean ok = seats.get(i) + d.people() <= settings.capacity()
                                && (hasStop || pass == 1 && stops.get(i).size() < settings.maxStops());
                        if (ok && (pass == 1 || hasStop)) {
                            chosen = i;
                            break;
                        }
                    }
                }
                if (chosen < 0) {
                    vehicles.add(new ArrayList<>());
                    seats.add(0);
                    stops.add(new LinkedHashSet<>());
                    chosen = vehicles.size() - 1;
                }
                vehicles.get(chosen).add(d);
                seats.set(chosen, seats.get(chosen) + d.people());
                stops.get(chosen).add(d.destinationCode());
            }
            vehicles.forEach(v -> result.add(new Load(entry.getKey(), v)));
        }
        return result;
    }

    /**
     * One vehicle of the first-fit packing.
     *
     * @param date    its day
     * @param parties parties on it
     */
    public record Load(LocalDate date, List<Demand> parties) { }

    /**
     * The day a party starts on: its asked day when fixed; with a window, the day in the window that
     * most people of the group could travel on (ties: closest to the asked day), so flexible parties meet.
     */
    private static LocalDate startDay(Demand d, Map<LocalDate, Integer> coverage) {
        if (d.earliest().equals(d.latest())) {
            return d.askedDate();
        }
        LocalDate best = d.askedDate();
        for (LocalDate x = d.earliest(); !x.isAfter(d.latest()); x = x.plusDays(1)) {
            int c = coverage.getOrDefault(x, 0);
            int b = coverage.getOrDefault(best, 0);
            long dx = Math.abs(x.toEpochDay() - d.askedDate().toEpochDay());
            long db = Math.abs(best.toEpochDay() - d.askedDate().toEpochDay());
            if (c > b || c == b && dx < db) {
                best = x;
            }
        }
        return best;
    }

    /**
     * The lower bound: per origin prefecture, asked day and destination province, the larger
     * of ceil(people / capacity) and ceil(distinct stops / maxStops), summed.
     *
     * @param demands  parties
     * @param settings capacity and stops
     * @return the bound in vehicles
     */
    public static int lowerBound(List<Demand> demands, PlanSettings settings) {
        Map<String, List<Demand>> groups = demands.stream().collect(Collectors.groupingBy(
                d -> d.originCity() + "/" + d.askedDate() + "/" + d.province()));
        int total = 0;
        for (List<Demand> g : groups.values()) {
            int people = g.stream().mapToInt(Demand::people).sum();
            long stops = g.stream().map(Demand::destinationCode).distinct().count();
            total += Math.max(ceil(people, settings.capacity()), (int) ceil(stops, settings.maxStops()));
        }
        return total;
    }

    private static int ceil(long a, int b) {
        return (int) ((a + b - 1) / b);
    }

    private static PlannedVehicle vehicle(List<Demand> parties, LocalDate date) {
        Demand first = parties.get(0);
        List<String> stops = parties.stream().map(Demand::destinationCode).distinct().sorted().toList();
        return new PlannedVehicle(first.originCity(), first.province(), date, stops,
                parties.stream().map(Demand::requestId).toList(), parties.stream().mapToInt(Demand::people).sum());
    }
}
