package org.warmline.legalaid.infrastructure.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.warmline.legalaid.domain.document.LegalDocument;

/**
 * Renders a filled document to PDF: the XHTML of {@link DocumentPage} (style inline) laid out by
 * openhtmltopdf on Apache PDFBox, with the Noto Sans SC Regular font embedded as a subset.
 *
 * <p>The font: Noto Sans SC (思源黑体's Google build), SIL Open Font License 1.1 (the licence text is
 * {@code org/warmline/legalaid/fonts/OFL.txt} beside it), taken from the npm registry's
 * {@code @expo-google-fonts/noto-sans-sc} 0.4.3 ({@code 400Regular/NotoSansSC_400Regular.ttf}, a TrueType
 * font, which PDFBox embeds; the CFF-based .otf builds it does not). It ships inside the application, so the
 * PDF has its Chinese text on a machine with no Chinese system font; the embedded subset keeps a
 * two-page document near 100 KB. Chinese text in the PDF extracts as text (a ToUnicode map is written).
 */
public final class PdfRenderer {

    private static final String FONT = "/org/warmline/legalaid/fonts/NotoSansSC-Regular.ttf";
    // openhtmltopdf says every stylesheet and font it loads at INFO on its own console handler: keep its
    // warnings only
    static {
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }
    private static volatile byte[] font;

    private PdfRenderer() {
    }

    /**
     * @param doc the filled document
     * @return the PDF's bytes
     * @throws UncheckedIOException if the renderer fails to write
     */
    public static byte[] render(LegalDocument doc) {
        byte[] fontBytes = fontBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(fontBytes), DocumentPage.FONT_FAMILY);
            builder.withHtmlContent(DocumentPage.render(doc, true, null), null);
            builder.withProducer("Warmline");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // read once (10 MB), kept for later documents
    private static byte[] fontBytes() {
        byte[] b = font;
        if (b == null) {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is missing from the build");
                }
                b = in.readAllBytes();
                font = b;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b;
    }
}
