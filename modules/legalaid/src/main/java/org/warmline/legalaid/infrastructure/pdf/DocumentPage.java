package org.warmline.legalaid.infrastructure.pdf;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.warmline.legalaid.domain.document.LegalDocument;
import org.warmline.legalaid.domain.document.LegalDocument.Paragraph;
import org.warmline.legalaid.domain.document.LegalDocument.Section;

/**
 * Writes a filled document as one well-formed XHTML page (it is both the printable page the browser shows
 * and the input of the PDF renderer). Every text is escaped with commons-text's {@code escapeXml10}
 * (worker and staff text such as {@code <img src=x onerror=alert(1)>} prints as those characters); the
 * worker's own words are {@code <blockquote>}s. In the browser the style and the print button come from
 * files ({@code document.css} beside the page, {@code /console/legalaid/document.js}) because the
 * site's Content-Security-Policy refuses inline ones; for the PDF the same style is put inline.
 */
public final class DocumentPage {

    /** The stylesheet of the documents, the same on screen, on paper and in the PDF. */
    public static final String CSS = readCss();

    /** The font family name the style asks for and the PDF renderer registers. */
    static final String FONT_FAMILY = "Noto Sans SC";

    private DocumentPage() {
    }

    /**
     * @param doc  the filled document
     * @param forPdf true: the style inline and no print button (input of {@link PdfRenderer}); false: the
     *               printable page as served to the browser
     * @param printLabel the print button's label (ignored for PDF)
     * @return the XHTML page
     */
    public static String render(LegalDocument doc, boolean forPdf, String printLabel) {
        StringBuilder h = new StringBuilder(4096);
        String lang = "en".equals(doc.language()) ? "en" : "zh-CN";
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(doc.title())).append("</title>");
        if (forPdf) {
            h.append("<style>").append(CSS).append("</style>");
        } else {
            h.append("<link rel=\"stylesheet\" href=\"document.css\"/>")
                    .append("<script src=\"/console/legalaid/document.js\" defer=\"defer\"></script>");
        }
        h.append("</head><body><article class=\"document\" data-kind=\"").append(doc.kind().name()).append("\">");
        if (!forPdf) {
            h.append("<p class=\"screen\"><button type=\"button\" id=\"print\">").append(esc(printLabel))
                    .append("</button></p>");
        }
        h.append("<h1>").append(esc(doc.title())).append("</h1>");
        for (Section s : doc.sections()) {
            h.append("<section><h2>").append(esc(s.heading())).append("</h2>");
            s.paragraphs().forEach(p -> paragraph(h, p));
            h.append("</section>");
        }
        h.append("<footer>");
        doc.footer().forEach(p -> paragraph(h, p));
        h.append("</footer></article></body></html>");
        return h.toString();
    }

    private static void paragraph(StringBuilder h, Paragraph p) {
        if (p.quoted()) {
            h.append("<blockquote class=\"words\">“").append(esc(p.text())).append("”</blockquote>");
        } else {
            h.append("<p>").append(esc(p.text())).append("</p>");
        }
    }

    private static String esc(String s) {
        return s == null ? "" : escapeXml10(s);
    }

    private static String readCss() {
        try (InputStream in = DocumentPage.class.getResourceAsStream("/org/warmline/legalaid/document.css")) {
            if (in == null) {
                throw new IllegalStateException("org/warmline/legalaid/document.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
