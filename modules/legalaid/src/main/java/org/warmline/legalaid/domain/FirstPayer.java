package org.warmline.legalaid.domain;

import java.util.List;
import java.util.Optional;

/**
 * Which party of a construction project's contractor chain pays the workers first, under Decree 724
 * (保障农民工工资支付条例, in force 2020-05-01; research A2 "Who pays"):
 * <ol>
 *   <li>Art. 29: the client (建设单位) advances the wages when its late payment of the project money caused the
 *       arrears (up to the project money still unpaid);</li>
 *   <li>Art. 30: the general contractor (施工总承包单位) pays first, then recovers, when a subcontractor (or the
 *       foreman under it) defaults on wages, or when the work was illegally subcontracted;</li>
 *   <li>otherwise the worker's own employer — the lowest party of the chain — pays, with no article shifting it.</li>
 * </ol>
 *
 * @param role    the paying party's role
 * @param name    its name as recorded
 * @param article the Decree 724 article that makes it pay first ("Art. 29", "Art. 30"), or null when it is
 *                simply the worker's own employer
 */
public record FirstPayer(PartyRole role, String name, String article) {

    /**
     * The facts of the chain that shift payment.
     *
     * @param clientPaidLate     the client's late payment to the contractor caused the arrears (Art. 29)
     * @param illegalSubcontract the work was illegally subcontracted or let to an unqualified party (Art. 30)
     */
    public record Facts(boolean clientPaidLate, boolean illegalSubcontract) { }

    /**
     * @param chain the contractor chain, top to bottom (any order is tolerated: roles decide)
     * @param facts what shifts payment
     * @return the party that pays first, empty for an empty chain
     */
    public static Optional<FirstPayer> of(List<CaseParty> chain, Facts facts) {
        if (chain == null || chain.isEmpty()) {
            return Optional.empty();
        }
        Optional<CaseParty> client = first(chain, PartyRole.CLIENT);
        if (facts.clientPaidLate() && client.isPresent()) {
            return Optional.of(new FirstPayer(PartyRole.CLIENT, client.get().name(), "Art. 29"));
        }
        Optional<CaseParty> general = first(chain, PartyRole.GENERAL_CONTRACTOR);
        boolean below = chain.stream().anyMatch(p -> p.role() == PartyRole.SUBCONTRACTOR || p.role() == PartyRole.FOREMAN);
        if (general.isPresent() && (below || facts.illegalSubcontract())) {
            return Optional.of(new FirstPayer(PartyRole.GENERAL_CONTRACTOR, general.get().name(), "Art. 30"));
        }
        CaseParty lowest = chain.stream().max(java.util.Comparator.comparingInt(p -> p.role().ordinal())).orElseThrow();
        return Optional.of(new FirstPayer(lowest.role(), lowest.name(), null));
    }

    private static Optional<CaseParty> first(List<CaseParty> chain, PartyRole role) {
        return chain.stream().filter(p -> p.role() == role).findFirst();
    }
}
