package org.warmline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.domain.DialogAction.RecordLegalIntake;
import org.warmline.conversation.domain.Evidence;
import org.warmline.conversation.domain.LegalTopic;
import org.warmline.conversation.domain.Trade;
import org.warmline.conversation.domain.WageFacts;
import org.warmline.legalaid.api.ContractorParty;
import org.warmline.legalaid.api.WageClaimDetails;

/** What the bot's legal intake hands to legal aid beyond the consultation's fields (issue 12, point 6). */
class LegalIntakeDetailsTest {

    @Test
    void theChainGoesTopToBottomAndEvidenceUsesLegalAidsNames() {
        WageFacts facts = new WageFacts("万科城项目", Trade.REBAR_WORKER, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31),
                true, LocalDate.of(2026, 10, 31), true, "宏远劳务", "中建三局", "万科");
        RecordLegalIntake intake = new RecordLegalIntake("包工头老王跑了", LegalTopic.WAGE_ARREARS, "包工头老王", "4419",
                900_000L, 3, 0, List.of(Evidence.CONTRACT, Evidence.EMPLOYER_HOLDS_LEDGER), true, "老王", facts);
        WageClaimDetails d = InboundProcessing.details(intake);
        assertEquals(List.of(new ContractorParty("CLIENT", "万科"), new ContractorParty("GENERAL_CONTRACTOR", "中建三局"),
                new ContractorParty("SUBCONTRACTOR", "宏远劳务"), new ContractorParty("FOREMAN", "老王")), d.chain());
        assertEquals(List.of("LABOUR_CONTRACT", "EMPLOYER_HOLDS_LEDGER"), d.evidence());
        assertEquals("钢筋工", d.trade());
        assertEquals("万科城项目", d.projectName());
        assertEquals(Boolean.TRUE, d.employmentEnded());
        assertEquals(LocalDate.of(2026, 10, 31), d.endedOn());
        assertEquals(Boolean.TRUE, d.absconded());
    }

    @Test
    void unknownFactsStayNull() {
        WageClaimDetails d = InboundProcessing.details(new RecordLegalIntake("欠薪", LegalTopic.WAGE_ARREARS, null, null,
                null, null, null, List.of(), false));
        assertNull(d.employmentEnded());
        assertNull(d.absconded());
        assertEquals(List.of(), d.chain());
    }
}
