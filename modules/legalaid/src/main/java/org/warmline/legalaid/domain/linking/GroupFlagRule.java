package org.warmline.legalaid.domain.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warmline.legalaid.domain.deadline.RefusalToPayThreshold;

/**
 * Flags a collective group (issue 12 point 4): ten or more workers; the province's amounts for refusal
 * to pay wages (SPC 2013 法释〔2013〕3号 Art. 3 — one worker: ≥ 3 months' wages and ≥ the province's
 * one-worker amount; ten or more workers: ≥ the province's total); or an absconded employer (Decree 724
 * Art. 63). Every rule that fires gives one {@link GroupFlag}, with the figures it compared. The
 * province's amounts come from {@link RefusalToPayThreshold} (its table and sources).
 */
public final class GroupFlagRule {

    /** Workers from which a group counts as many (SPC 2013 Art. 3). */
    public static final int MANY_WORKERS = RefusalToPayThreshold.MANY_WORKERS;
    /** Months unpaid from which one worker's claim can reach the threshold (SPC 2013 Art. 3). */
    public static final int MONTHS_FOR_ONE_WORKER = RefusalToPayThreshold.ONE_WORKER_MONTHS;

    /** Source of the ten-workers rule. */
    static final String SPC_2013_ART_3 = "法释〔2013〕3号 第三条";
    /** Source of the absconded-employer rule. */
    static final String DECREE_724_ART_63 = "保障农民工工资支付条例 第六十三条";

    private final RefusalToPayThreshold thresholds;

    /** A rule over the bundled per-province table ({@link RefusalToPayThreshold#standard()}). */
    public GroupFlagRule() {
        this(RefusalToPayThreshold.standard());
    }

    /** @param thresholds the per-province amounts */
    public GroupFlagRule(RefusalToPayThreshold thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * One worker's part of a group.
     *
     * @param workerId     the worker
     * @param owedFen      what the worker is owed, fen
     * @param monthsUnpaid months unpaid; null when unknown (then the one-worker rule cannot fire)
     */
    public record WorkerClaim(long workerId, long owedFen, Integer monthsUnpaid) { }

    /**
     * @param placeCode the group's site (any GB/T 2260 level; its province picks the figures); may be null
     * @param claims    every worker's claim in the group (a worker in two cases appears twice; counted once)
     * @param absconded whether any case of the group says the employer absconded
     * @return the flags that fire, in {@link GroupFlag.Kind} order; empty when none
     */
    public List<GroupFlag> flags(String placeCode, List<WorkerClaim> claims, boolean absconded) {
        RefusalToPayThreshold.Amounts t = thresholds.amountsFor(placeCode);
        Set<Long> workers = new HashSet<>();
        long total = 0;
        long oneWorkerMet = -1;
        for (WorkerClaim c : claims) {
            workers.add(c.workerId());
            total += c.owedFen();
            if (c.monthsUnpaid() != null && c.monthsUnpaid() >= MONTHS_FOR_ONE_WORKER
                    && c.owedFen() >= t.oneWorkerFen()) {
                oneWorkerMet = Math.max(oneWorkerMet, c.owedFen());
            }
        }
        int n = workers.size();
        List<GroupFlag> flags = new ArrayList<>();
        if (n >= MANY_WORKERS) {
            flags.add(new GroupFlag(GroupFlag.Kind.TEN_OR_MORE_WORKERS, n, total, 0, SPC_2013_ART_3));
        }
        if (oneWorkerMet >= 0) {
            flags.add(new GroupFlag(GroupFlag.Kind.ONE_WORKER_AMOUNT, n, oneWorkerMet, t.oneWorkerFen(), t.source()));
        }
        if (n >= MANY_WORKERS && total >= t.tenWorkersFen()) {
            flags.add(new GroupFlag(GroupFlag.Kind.MANY_WORKERS_AMOUNT, n, total, t.tenWorkersFen(), t.source()));
        }
        if (absconded) {
            flags.add(new GroupFlag(GroupFlag.Kind.ABSCONDED, n, total, 0, DECREE_724_ART_63));
        }
        return flags;
    }

    /**
     * A stored flag with its figures again, from a group's totals (for lists, where the per-worker claims are
     * not loaded): the amount is the group's total, the threshold and source the province's.
     *
     * @param kind      the flag
     * @param placeCode the group's site, may be null
     * @param workers   the group's distinct workers
     * @param totalFen  the group's total owed, fen
     * @return the flag
     */
    public GroupFlag describe(GroupFlag.Kind kind, String placeCode, int workers, long totalFen) {
        RefusalToPayThreshold.Amounts t = thresholds.amountsFor(placeCode);
        return switch (kind) {
            case TEN_OR_MORE_WORKERS -> new GroupFlag(kind, workers, totalFen, 0, SPC_2013_ART_3);
            case ONE_WORKER_AMOUNT -> new GroupFlag(kind, workers, totalFen, t.oneWorkerFen(), t.source());
            case MANY_WORKERS_AMOUNT -> new GroupFlag(kind, workers, totalFen, t.tenWorkersFen(), t.source());
            case ABSCONDED -> new GroupFlag(kind, workers, totalFen, 0, DECREE_724_ART_63);
        };
    }
}
