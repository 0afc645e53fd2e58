package org.warmline.legalaid.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Decree 724's first payer from the contractor chain (Art. 29: client advances; Art. 30: general contractor pays first). */
class FirstPayerTest {

    private static final CaseParty CLIENT = new CaseParty(PartyRole.CLIENT, "杭州城投");
    private static final CaseParty GENERAL = new CaseParty(PartyRole.GENERAL_CONTRACTOR, "中建某局");
    private static final CaseParty SUB = new CaseParty(PartyRole.SUBCONTRACTOR, "顺达建筑劳务有限公司");
    private static final CaseParty FOREMAN = new CaseParty(PartyRole.FOREMAN, "王建国");

    private static FirstPayer payer(List<CaseParty> chain, boolean clientPaidLate, boolean illegal) {
        return FirstPayer.of(chain, new FirstPayer.Facts(clientPaidLate, illegal)).orElseThrow();
    }

    @Test
    void theGeneralContractorPaysFirstWhenASubcontractorOrForemanDefaults() {
        assertEquals(new FirstPayer(PartyRole.GENERAL_CONTRACTOR, "中建某局", "Art. 30"),
                payer(List.of(CLIENT, GENERAL, SUB, FOREMAN), false, false));
        assertEquals(new FirstPayer(PartyRole.GENERAL_CONTRACTOR, "中建某局", "Art. 30"),
                payer(List.of(GENERAL, FOREMAN), false, false));
    }

    @Test
    void theGeneralContractorPaysFirstWhenTheWorkWasIllegallySubcontractedEvenWithoutANamedSubcontractor() {
        assertEquals("Art. 30", payer(List.of(CLIENT, GENERAL), false, true).article());
        assertEquals(PartyRole.GENERAL_CONTRACTOR, payer(List.of(CLIENT, GENERAL), false, true).role());
    }

    @Test
    void theClientAdvancesWhenItsLatePaymentCausedTheArrears() {
        assertEquals(new FirstPayer(PartyRole.CLIENT, "杭州城投", "Art. 29"),
                payer(List.of(CLIENT, GENERAL, SUB, FOREMAN), true, false));
    }

    @Test
    void withoutAShiftingFactTheWorkersOwnEmployerPays() {
        assertEquals(new FirstPayer(PartyRole.GENERAL_CONTRACTOR, "中建某局", null), payer(List.of(CLIENT, GENERAL), false, false));
        assertEquals(new FirstPayer(PartyRole.FOREMAN, "王建国", null), payer(List.of(FOREMAN), false, false));
        assertEquals(new FirstPayer(PartyRole.FOREMAN, "王建国", null), payer(List.of(FOREMAN), true, false),
                "the client advances only if the chain names it");
        assertTrue(FirstPayer.of(List.of(), new FirstPayer.Facts(true, true)).isEmpty());
    }
}
