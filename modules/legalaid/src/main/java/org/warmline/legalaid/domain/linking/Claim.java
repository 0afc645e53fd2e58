package org.warmline.legalaid.domain.linking;

import java.util.List;
import java.util.Objects;

/**
 * One wage claim as the linker sees it (a wage case, or a generated claim in the benchmark).
 *
 * @param caseId          the case's id (unique among the claims linked together)
 * @param employerAsNamed the employer as the worker named it; may be null or blank
 * @param siteCode        GB/T 2260 code of the work site (county, else city); may be null
 * @param cityCode        4-digit GB/T 2260 code of the site's city; may be null (then names match only
 *                        other claims without a city)
 * @param chain           contractor-chain party names, client first (建设单位 → 总承包 → 分包 → 包工头);
 *                        may be empty, never null
 * @param workerIds       the claimants' worker ids
 * @param amountOwedFen   amount owed in fen, ≥ 0
 */
public record Claim(long caseId, String employerAsNamed, String siteCode, String cityCode, List<String> chain,
                    List<Long> workerIds, long amountOwedFen) {

    /** @throws IllegalArgumentException if the amount is negative; null lists become empty */
    public Claim {
        chain = chain == null ? List.of() : List.copyOf(chain.stream().filter(Objects::nonNull).toList());
        workerIds = workerIds == null ? List.of() : List.copyOf(workerIds);
        if (amountOwedFen < 0) {
            throw new IllegalArgumentException("amount owed must be ≥ 0 fen, was " + amountOwedFen);
        }
    }
}
