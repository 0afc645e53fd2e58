package org.warmline.legalaid.domain.document;

import java.time.LocalDate;
import java.util.List;

/** A case as the documents' tests use it: two claimants, a chain with a general contractor, hostile words. */
public final class SampleFacts {

    private SampleFacts() {
    }

    /** @return two workers against 杭州顺达建筑劳务有限公司, general contractor pays first (Art. 30) */
    public static DocumentFacts shunda() {
        return new DocumentFacts(42, List.of(new DocumentFacts.Claimant(null, "138****5678", 1_850_000L),
                new DocumentFacts.Claimant("李四", "139****0001", 1_000_000L)),
                "杭州顺达建筑劳务有限公司", "钱江世纪城三期", "浙江省杭州市萧山区", "钢筋工",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 20), true, LocalDate.of(2026, 11, 20),
                2_850_000L, 4, false,
                List.of(new DocumentFacts.ChainParty("CLIENT", "杭州钱江置业有限公司"),
                        new DocumentFacts.ChainParty("GENERAL_CONTRACTOR", "浙江宏图建设集团有限公司"),
                        new DocumentFacts.ChainParty("FOREMAN", "王老板")),
                new DocumentFacts.FirstPayerNote("GENERAL_CONTRACTOR", "浙江宏图建设集团有限公司", "30"),
                List.of("IOU", "CHAT_RECORDS"),
                List.of("老板欠我们四个月工资 <img src=x onerror=alert(1)> '; DROP TABLE la_case; --"),
                LocalDate.of(2026, 12, 7));
    }
}
