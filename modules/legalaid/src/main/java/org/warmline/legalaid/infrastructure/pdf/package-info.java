/**
 * The case documents as a printable XHTML page and as PDF (issue 12, point 8): {@link
 * org.warmline.legalaid.infrastructure.pdf.DocumentPage} writes one escaped XHTML page from a
 * {@code domain.document.LegalDocument}; {@link org.warmline.legalaid.infrastructure.pdf.PdfRenderer} turns
 * that page into PDF with openhtmltopdf (on Apache PDFBox) and the bundled Noto Sans SC font (SIL OFL 1.1,
 * {@code org/warmline/legalaid/fonts/OFL.txt}).
 */
package org.warmline.legalaid.infrastructure.pdf;
