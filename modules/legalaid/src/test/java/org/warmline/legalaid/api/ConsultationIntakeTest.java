package org.warmline.legalaid.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What legal aid accepts as a consultation's topic and evidence (the console's escalation form sends these). */
class ConsultationIntakeTest {

    private static ConsultationIntake intake(String topic, List<String> evidence) {
        return new ConsultationIntake(1, "cv-1", "老板欠我工资", topic, null, null, 900000L, 2, null, evidence, false);
    }

    @Test
    void aMissingTopicIsOtherAndKnownTopicsAndEvidenceAreKept() {
        assertEquals("OTHER", intake(null, null).topic());
        assertEquals(List.of(), intake(null, null).evidence());
        ConsultationIntake wages = intake("WAGE_ARREARS", List.of("IOU", "CHAT_RECORDS"));
        assertEquals("WAGE_ARREARS", wages.topic());
        assertEquals(List.of("IOU", "CHAT_RECORDS"), wages.evidence());
    }

    @Test
    void anUnknownTopicOrEvidenceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> intake("DIVORCE", List.of()));
        assertThrows(IllegalArgumentException.class, () -> intake("WAGE_ARREARS", List.of("RUMOUR")));
    }

    @Test
    void socialInsuranceIsATopicAndTheOldConstructorsCarryNoDetails() {
        assertEquals("SOCIAL_INSURANCE", intake("SOCIAL_INSURANCE", List.of()).topic());
        assertEquals(null, intake("WAGE_ARREARS", List.of()).details());
        ConsultationIntake withContractor = new ConsultationIntake(1, "cv-1", "欠薪", "WAGE_ARREARS", "顺达建筑", null,
                null, null, null, List.of("EMPLOYER_HOLDS_LEDGER"), false, "王建国");
        assertEquals("王建国", withContractor.contractor());
        assertEquals(null, withContractor.details());
    }

    @Test
    void wageClaimDetailsCheckTheirEvidenceRolesAndPeriod() {
        WageClaimDetails details = new WageClaimDetails("西湖安置房", "钢筋工", java.time.LocalDate.of(2026, 3, 1),
                java.time.LocalDate.of(2026, 10, 31), true, java.time.LocalDate.of(2026, 10, 31), false, null,
                List.of(new ContractorParty("GENERAL_CONTRACTOR", "中建某局"), new ContractorParty("FOREMAN", "王建国")),
                List.of("IOU"));
        assertEquals(2, details.chain().size());
        assertEquals(List.of(), new WageClaimDetails(null, null, null, null, null, null, null, null, null, null).evidence());
        assertThrows(IllegalArgumentException.class, () -> new ContractorParty("LANDLORD", "x"));
        assertThrows(IllegalArgumentException.class, () -> new ContractorParty("FOREMAN", " "));
        assertThrows(IllegalArgumentException.class, () -> new WageClaimDetails(null, null, java.time.LocalDate.of(2026, 5, 1),
                java.time.LocalDate.of(2026, 4, 1), null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new WageClaimDetails(null, null, null, null, null, null, null,
                null, null, List.of("RUMOUR")));
    }
}
