package org.warmline.planbench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceLevel;
import org.warmline.returnhome.domain.planning.Demand;
import org.warmline.returnhome.domain.planning.Plan;
import org.warmline.returnhome.domain.planning.PlanSettings;
import org.warmline.returnhome.domain.planning.PlannedVehicle;
import org.warmline.returnhome.infrastructure.planning.TimefoldTripPlanner;

/**
 * The benchmark of issue 6 (printed, not asserted): 10,000 requests from 5 origin cities to 300
 * destination counties over 14 days, each on one fixed date, parties of 1 to 6 people (uniform), 45-seat
 * coaches, at most 5 stops in one province per coach. Origins, counties (drawn from the gazetteer's
 * counties of the nine provinces that send the most migrant workers), days and party sizes are drawn
 * uniformly with a fixed seed, so every run plans the same demand. Prints vehicles used, seats filled,
 * solve time, the lower bound and a naive plan, then checks the plan, and ends with the line
 * {@code planner: vehicles=N lower_bound=M ratio=R naive=K seconds=S}.
 */
public final class PlannerBenchmark {

    /** Requests generated. */
    static final int REQUESTS = 10_000;
    /** Seats per coach. */
    static final int CAPACITY = 45;
    /** Stops per coach. */
    static final int MAX_STOPS = 5;
    /** Destination counties. */
    static final int COUNTIES = 300;
    /** Days of travel. */
    static final int DAYS = 14;
    /** The planner's whole time budget: the target is 60 seconds. */
    static final Duration BUDGET = Duration.ofSeconds(50);

    private PlannerBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args optional: the random seed (default 2027)
     */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 2027L;
        List<Demand> demands = generate(seed);
        int people = demands.stream().mapToInt(Demand::people).sum();
        System.out.printf(Locale.ROOT, "demand: requests=%d people=%d origins=5 counties=%d days=%d seed=%d%n",
                demands.size(), people, COUNTIES, DAYS, seed);
        PlanSettings settings = new PlanSettings(CAPACITY, MAX_STOPS, BUDGET);
        TimefoldTripPlanner planner = new TimefoldTripPlanner();
        long start = System.nanoTime();
        Plan plan = planner.plan(demands, settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        int naive = naive(demands);
        String problems = check(demands, plan);
        int vehicles = plan.vehicles().size();
        System.out.printf(Locale.ROOT, "vehicles used: %d coaches of %d seats%n", vehicles, CAPACITY);
        System.out.printf(Locale.ROOT, "seats filled: %d of %d (%.1f%%), unplanned parties: %d%n", plan.seatsFilled(),
                vehicles * CAPACITY, 100.0 * plan.seatsFilled() / Math.max(1, vehicles * CAPACITY), plan.unplanned().size());
        System.out.printf(Locale.ROOT, "solve time: %.1f s (budget %d s)%n", seconds, BUDGET.toSeconds());
        System.out.printf(Locale.ROOT, "lower bound: %d (per origin, day, province: max(ceil(people/45), ceil(counties/5)), summed)%n",
                plan.lowerBound());
        System.out.printf(Locale.ROOT, "naive plan: %d coaches (one per destination county per origin per day), planner uses %.1f%% fewer%n",
                naive, 100.0 * (naive - vehicles) / naive);
        System.out.println("plan checks: " + (problems.isEmpty() ? "ok (every party once, whole; seats, stops, province, day)" : problems));
        System.out.printf(Locale.ROOT, "planner: vehicles=%d lower_bound=%d ratio=%.3f naive=%d seconds=%.1f%n",
                vehicles, plan.lowerBound(), (double) vehicles / plan.lowerBound(), naive, seconds);
    }

    /**
     * @param seed random seed
     * @return the generated requests (fixed date: earliest = latest = asked)
     */
    static List<Demand> generate(long seed) {
        Random random = new Random(seed);
        String[] origins = {"3301", "4401", "4403", "3205", "4419"};   // 杭州 广州 深圳 苏州 东莞
        Set<String> provinces = Set.of("34", "41", "51", "43", "36", "42", "52", "45", "50");
        List<Place> counties = new ArrayList<>(Gazetteer.load().all().stream()
                .filter(p -> p.level() == PlaceLevel.COUNTY && provinces.contains(p.provinceCode()))
                .sorted((a, b) -> a.code().compareTo(b.code())).toList());
        java.util.Collections.shuffle(counties, random);
        List<Place> chosen = counties.subList(0, COUNTIES);
        LocalDate first = LocalDate.of(2027, 1, 22);
        List<Demand> demands = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            LocalDate day = first.plusDays(random.nextInt(DAYS));
            String destination = chosen.get(random.nextInt(COUNTIES)).code();
            demands.add(new Demand(i + 1, origins[random.nextInt(origins.length)], destination, day, day, day,
                    1 + random.nextInt(6)));
        }
        return demands;
    }

    /** @return coaches of the naive plan: per origin, day and county, first-fit of whole parties into coaches */
    static int naive(List<Demand> demands) {
        PlanSettings oneStop = new PlanSettings(CAPACITY, 1, BUDGET);
        return demands.stream().collect(java.util.stream.Collectors.groupingBy(Demand::originCity)).values().stream()
                .mapToInt(perOrigin -> TimefoldTripPlanner.greedy(perOrigin, oneStop).size()).sum();
    }

    /** @return what is wrong with the plan, or "" */
    static String check(List<Demand> demands, Plan plan) {
        Map<Long, Demand> byId = new HashMap<>();
        demands.forEach(d -> byId.put(d.requestId(), d));
        Set<Long> seen = new HashSet<>(plan.unplanned());
        List<String> problems = new ArrayList<>();
        for (PlannedVehicle v : plan.vehicles()) {
            int seats = 0;
            Set<String> stops = new HashSet<>();
            for (long id : v.requestIds()) {
                Demand d = byId.get(id);
                if (!seen.add(id)) {
                    problems.add("party " + id + " twice");
                }
                seats += d.people();
                stops.add(d.destinationCode());
                if (!d.accepts(v.date()) || !d.province().equals(v.province()) || !d.originCity().equals(v.originCity())) {
                    problems.add("party " + id + " on a wrong vehicle");
                }
            }
            if (seats > CAPACITY || stops.size() > MAX_STOPS) {
                problems.add("vehicle over capacity or stops");
            }
        }
        if (seen.size() != demands.size()) {
            problems.add((demands.size() - seen.size()) + " parties missing");
        }
        return String.join("; ", problems);
    }
}
