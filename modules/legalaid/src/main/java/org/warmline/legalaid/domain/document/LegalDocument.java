package org.warmline.legalaid.domain.document;

import java.util.List;

/**
 * A filled document as sections of paragraphs, in one language; rendered as a printable page and as PDF.
 *
 * @param kind     ARBITRATION_APPLICATION or INSPECTION_COMPLAINT
 * @param language "zh" or "en"
 * @param title    the heading (e.g. 劳动人事争议仲裁申请书)
 * @param sections the sections in order
 * @param footer   closing lines (addressee, signature, date)
 */
public record LegalDocument(Kind kind, String language, String title, List<Section> sections, List<Paragraph> footer) {

    /** Copies the lists. */
    public LegalDocument {
        sections = List.copyOf(sections);
        footer = List.copyOf(footer);
    }

    /** The two documents of issue 12, point 8. */
    public enum Kind {
        /** 劳动人事争议仲裁申请书 (LDMAL Art. 28). */
        ARBITRATION_APPLICATION,
        /** 劳动保障监察投诉书 (Regulations on Labour Security Supervision Art. 20). */
        INSPECTION_COMPLAINT
    }

    /**
     * @param heading    the section heading (e.g. 申请人)
     * @param paragraphs its paragraphs
     */
    public record Section(String heading, List<Paragraph> paragraphs) {
        /** Copies the list. */
        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * @param text   the text (staff or worker text included as typed; the renderer escapes it)
     * @param quoted true: the worker's own words, shown as a quotation
     */
    public record Paragraph(String text, boolean quoted) {
        /** @param text plain text @return a paragraph that is not a quotation */
        public static Paragraph of(String text) {
            return new Paragraph(text, false);
        }

        /** @param text the worker's words @return a quotation */
        public static Paragraph quote(String text) {
            return new Paragraph(text, true);
        }
    }
}
