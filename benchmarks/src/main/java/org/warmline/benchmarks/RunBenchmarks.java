package org.warmline.benchmarks;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link DialogTurnBenchmark} on one thread (1 fork, 6 × 3 s warm-up, 5 × 3 s measurement; about
 * 40 seconds) and prints, as its last line, {@code dialog: turns_per_second=N}; with the argument
 * {@code claims} it runs {@link ClaimsBenchmark} instead (the rest of the arguments go to it).
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    /**
     * @param args none for the dialog benchmark; {@code claims [claims employers]} for the claim linker
     * @throws RunnerException if JMH cannot run the benchmark
     */
    public static void main(String[] args) throws RunnerException {
        if (args.length > 0 && args[0].equals("claims")) {
            ClaimsBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Options options = new OptionsBuilder()
                .include(DialogTurnBenchmark.class.getName() + ".turn")
                .forks(1)
                .threads(1)
                .warmupIterations(6)
                .warmupTime(TimeValue.seconds(3))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(3))
                .build();
        double score = 0;
        for (RunResult r : new Runner(options).run()) {
            score = r.getPrimaryResult().getScore();
        }
        System.out.println("dialog: turns_per_second=" + Math.round(score));
    }
}
