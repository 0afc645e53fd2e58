package org.warmline.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warmline.legalaid.domain.linking.ClaimLinker;

/**
 * The claim-linking benchmark (issue 12): generates 200,000 claims against 40,000 employers
 * ({@link ClaimsGenerator}, fixed seed), links them with {@link ClaimLinker} three times, and prints
 * the time to link, the pairwise precision and recall of the grouping against the generator's truth
 * (a pair of claims is true when both are against the same employer; precision = true pairs put in
 * one group / all pairs put in one group, recall = true pairs put in one group / all true pairs), and
 * the groups found. Nothing is asserted. Last line:
 * {@code claims: claims=N employers=M link_seconds=S precision=P recall=R groups=G}.
 */
public final class ClaimsBenchmark {

    private ClaimsBenchmark() {
    }

    /**
     * @param args optional: claims and employers (default 200000 40000)
     */
    public static void main(String[] args) {
        int claimCount = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int employerCount = args.length > 1 ? Integer.parseInt(args[1]) : 40_000;
        long t0 = System.nanoTime();
        ClaimsGenerator.Generated g = new ClaimsGenerator(20261207L).generate(employerCount, claimCount);
        System.out.printf("generated %d claims against %d employers in %.1f s; examples:%n", g.claims().size(),
                employerCount, (System.nanoTime() - t0) / 1e9);
        for (int i = employerCount; i < employerCount + 12; i++) {
            System.out.println("  " + g.claims().get(i).employerAsNamed() + "   (truth: "
                    + g.employers().get(g.employerOf()[i]).registered() + ")");
        }
        ClaimLinker linker = new ClaimLinker();
        List<List<Long>> groups = null;
        double best = Double.MAX_VALUE;
        double first = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            groups = linker.link(g.claims());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (run == 0) {
                first = seconds;
            }
            best = Math.min(best, seconds);
            System.out.printf("link run %d: %.2f s, %d groups%n", run + 1, seconds, groups.size());
        }
        double[] pr = precisionRecall(groups, g.employerOf());
        System.out.printf("link_seconds first=%.2f best=%.2f%n", first, best);
        System.out.printf("claims: claims=%d employers=%d link_seconds=%.2f precision=%.4f recall=%.4f groups=%d%n",
                claimCount, employerCount, first, pr[0], pr[1], groups.size());
    }

    /** @return {precision, recall} over pairs of claims (case id i + 1 is claim i) */
    static double[] precisionRecall(List<List<Long>> groups, int[] employerOf) {
        long predictedPairs = 0;
        long truePositive = 0;
        for (List<Long> group : groups) {
            predictedPairs += pairs(group.size());
            Map<Integer, Integer> byEmployer = new HashMap<>();
            for (long id : group) {
                byEmployer.merge(employerOf[(int) (id - 1)], 1, Integer::sum);
            }
            for (int n : byEmployer.values()) {
                truePositive += pairs(n);
            }
        }
        Map<Integer, Integer> truth = new HashMap<>();
        for (int e : employerOf) {
            truth.merge(e, 1, Integer::sum);
        }
        long truePairs = 0;
        for (int n : truth.values()) {
            truePairs += pairs(n);
        }
        return new double[] {predictedPairs == 0 ? 1 : (double) truePositive / predictedPairs,
                truePairs == 0 ? 1 : (double) truePositive / truePairs};
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
