package org.warmline.legalaid.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.warmline.legalaid.domain.document.LegalDocument;
import org.warmline.legalaid.domain.document.LegalDocuments;
import org.warmline.legalaid.domain.document.SampleFacts;

class PdfRendererTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }

    @Test
    void arbitrationApplicationPdfCarriesItsChineseTextWithTheEmbeddedFont() throws IOException {
        LegalDocument doc = new LegalDocuments("zh").arbitrationApplication(SampleFacts.shunda());
        byte[] pdf = PdfRenderer.render(doc);
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        String text = text(pdf);
        for (String expected : new String[] {"劳动人事争议仲裁申请书", "申请人", "被申请人", "仲裁请求", "事实和理由",
                "杭州顺达建筑劳务有限公司", "浙江宏图建设集团有限公司", "李四", "138****5678", "28,500.00元",
                "<imgsrc=xonerror=alert(1)>", "';DROPTABLEla_case;--"}) {
            assertTrue(text.contains(expected), "PDF text lacks " + expected + ": " + text);
        }
        assertTrue(pdf.length < 400_000, "subset font keeps the PDF small, was " + pdf.length);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String fonts = d.getPage(0).getResources().getFontNames().toString();
            assertFalse(fonts.isEmpty());
        }
    }

    @Test
    void inspectionComplaintPdfInEnglishExtracts() throws IOException {
        LegalDocument doc = new LegalDocuments("en").inspectionComplaint(SampleFacts.shunda());
        String text = text(PdfRenderer.render(doc));
        assertTrue(text.contains("LabourInspectionComplaint"), text);
        assertTrue(text.contains("杭州顺达建筑劳务有限公司"), text);
    }

    @Test
    void printablePageEscapesWorkerTextAndLinksItsStyle() {
        LegalDocument doc = new LegalDocuments("zh").arbitrationApplication(SampleFacts.shunda());
        String page = DocumentPage.render(doc, false, "打印");
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt; &apos;; DROP TABLE"), page);
        assertFalse(page.contains("<img"));
        assertFalse(page.contains("<style"), "the browser page has no inline style (CSP)");
        assertTrue(page.contains("<blockquote class=\"words\">"));
    }
}
