package org.warmline.legalaid.domain.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.legalaid.domain.linking.GroupFlag.Kind;
import org.warmline.legalaid.domain.linking.GroupFlagRule.WorkerClaim;

/** When a group is flagged (issue 12 point 4; research A6 rule A-4). */
class GroupFlagRuleTest {

    private final GroupFlagRule rule = new GroupFlagRule();

    private static List<WorkerClaim> workers(int n, long totalFen, Integer months) {
        List<WorkerClaim> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new WorkerClaim(i + 1, totalFen / n + (i < totalFen % n ? 1 : 0), months));
        }
        return list;
    }

    private List<Kind> kinds(String place, List<WorkerClaim> claims, boolean absconded) {
        return rule.flags(place, claims, absconded).stream().map(GroupFlag::kind).toList();
    }

    @Test
    void jiangsuTenWorkersOwed60000AreFlaggedAnd59999AreOnlyMany() {
        assertEquals(List.of(Kind.TEN_OR_MORE_WORKERS, Kind.MANY_WORKERS_AMOUNT),
                kinds("320106", workers(10, 6_000_000L, 1), false));
        assertEquals(List.of(Kind.TEN_OR_MORE_WORKERS), kinds("320106", workers(10, 5_999_900L, 1), false));
    }

    @Test
    void defaultProvinceOneWorkerNeedsThreeMonthsAnd5000Yuan() {
        assertEquals(List.of(Kind.ONE_WORKER_AMOUNT), kinds("330109", workers(1, 500_000L, 3), false));
        assertEquals(List.of(), kinds("330109", workers(1, 499_999L, 3), false));
        assertEquals(List.of(), kinds("330109", workers(1, 900_000L, 2), false));
        assertEquals(List.of(), kinds("330109", workers(1, 900_000L, null), false));
    }

    @Test
    void nineWorkersOwedALotAreNotManyButAnAbscondedEmployerIsFlagged() {
        assertEquals(List.of(), kinds("330109", workers(9, 9_000_000L, 1), false));
        assertEquals(List.of(Kind.ABSCONDED), kinds("330109", workers(2, 100_000L, 1), true));
    }

    @Test
    void aWorkerInTwoCasesCountsOnce() {
        List<WorkerClaim> claims = new ArrayList<>(workers(9, 3_000_000L, 1));
        claims.add(new WorkerClaim(1, 10_000L, 1));
        assertEquals(List.of(), kinds(null, claims, false));
    }

    @Test
    void theFlagCarriesTheFiguresItCompared() {
        GroupFlag flag = rule.flags("430102", workers(1, 600_000L, 4), false).get(0);
        assertEquals(600_000L, flag.amountFen());
        assertEquals(600_000L, flag.thresholdFen());
    }
}
