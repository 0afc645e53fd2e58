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
}
