package org.warmline.legalaid.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warmline.legalaid.domain.document.LegalDocument.Paragraph;
import org.warmline.legalaid.domain.document.LegalDocument.Section;

class LegalDocumentsTest {

    private static String all(Section s) {
        return s.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    @Test
    void arbitrationApplicationHasTheItemsOfArticle28InOrder() {
        LegalDocument doc = new LegalDocuments("zh").arbitrationApplication(SampleFacts.shunda());
        assertEquals("劳动人事争议仲裁申请书", doc.title());
        assertEquals(List.of("申请人", "被申请人", "仲裁请求", "事实和理由", "证据和证据来源"),
                doc.sections().stream().map(Section::heading).toList());
        String applicants = all(doc.sections().get(0));
        assertTrue(applicants.contains("申请人一：________（姓名），联系电话：138****5678，被拖欠工资18,500.00元"), applicants);
        assertTrue(applicants.contains("申请人二：李四，联系电话：139****0001"), applicants);
        String respondents = all(doc.sections().get(1));
        assertTrue(respondents.startsWith("被申请人：杭州顺达建筑劳务有限公司"), respondents);
        assertTrue(respondents.contains("施工总承包单位：浙江宏图建设集团有限公司"), respondents);
        assertTrue(respondents.contains("第三十条"), respondents);
        String claims = all(doc.sections().get(2));
        assertTrue(claims.contains("28,500.00元（2026年3月1日至2026年11月20日）"), claims);
        assertTrue(claims.contains("浙江宏图建设集团有限公司对上述工资承担先行清偿责任（《保障农民工工资支付条例》第30条）"), claims);
    }

    @Test
    void theWorkersWordsAreAQuotationKeptAsTyped() {
        LegalDocument doc = new LegalDocuments("zh").arbitrationApplication(SampleFacts.shunda());
        List<Paragraph> quotes = doc.sections().get(3).paragraphs().stream().filter(Paragraph::quoted).toList();
        assertEquals(1, quotes.size());
        assertEquals("老板欠我们四个月工资 <img src=x onerror=alert(1)> '; DROP TABLE la_case; --", quotes.get(0).text());
    }

    @Test
    void noWrittenEvidenceAsksTheTribunalToOrderTheEmployersLedger() {
        DocumentFacts f = SampleFacts.shunda();
        DocumentFacts bare = new DocumentFacts(f.caseId(), f.claimants(), f.employerAsNamed(), null, null, null, null, null,
                null, null, 100, null, true, List.of(), null, List.of(), List.of(), f.preparedOn());
        LegalDocument doc = new LegalDocuments("zh").arbitrationApplication(bare);
        String evidence = all(doc.sections().get(4));
        assertTrue(evidence.contains("暂无书面证据"), evidence);
        assertTrue(evidence.contains("第三十九条"), evidence);
        String facts = all(doc.sections().get(3));
        assertTrue(facts.contains("欠薪逃匿"), facts);
        assertEquals(1, doc.sections().get(2).paragraphs().size(), "no first payer named: one claim");
    }

    @Test
    void inspectionComplaintNamesEmployerProjectAndTheTwoYearWindow() {
        LegalDocument doc = new LegalDocuments("zh").inspectionComplaint(SampleFacts.shunda());
        assertEquals("劳动保障监察投诉书", doc.title());
        assertEquals(List.of("投诉人", "被投诉人", "投诉事项和请求", "事实和理由", "证据"),
                doc.sections().stream().map(Section::heading).toList());
        assertTrue(all(doc.sections().get(1)).contains("工程项目：钱江世纪城三期；地点：浙江省杭州市萧山区"));
        assertTrue(all(doc.sections().get(2)).contains("《劳动保障监察条例》第二十条"));
        assertTrue(all(doc.sections().get(0)).contains("138****5678"));
    }

    @Test
    void englishDocumentsSayTheSameInEnglish() {
        LegalDocument doc = new LegalDocuments("en").arbitrationApplication(SampleFacts.shunda());
        assertEquals("Application for Labour Dispute Arbitration", doc.title());
        String claims = all(doc.sections().get(2));
        assertTrue(claims.contains("CNY 28,500.00 in total (1 Mar 2026 to 20 Nov 2026)"), claims);
        assertFalse(doc.sections().stream().map(LegalDocumentsTest::all).anyMatch(s -> s.contains("申请人")));
    }

    @Test
    void workerTextThatLooksLikeAPlaceholderIsNotFilled() {
        DocumentFacts f = SampleFacts.shunda();
        DocumentFacts odd = new DocumentFacts(f.caseId(), List.of(new DocumentFacts.Claimant("{phone}", "138****5678", null)),
                "{amount}公司", null, null, null, null, null, null, null, 0, null, false, List.of(), null,
                List.of(), List.of(), f.preparedOn());
        LegalDocument doc = new LegalDocuments("zh").arbitrationApplication(odd);
        assertTrue(all(doc.sections().get(0)).contains("申请人：{phone}，联系电话：138****5678"));
        assertTrue(all(doc.sections().get(1)).contains("被申请人：{amount}公司"));
    }
}
