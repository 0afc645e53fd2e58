package org.warmline.legalaid.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The evidence content check on real small files made here: type from the bytes, size limit, names. */
class EvidenceContentTest {

    /** @return a small picture written by javax.imageio in the given format ("png", "jpg") */
    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, Color.ORANGE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "ImageIO writes " + format);
        return out.toByteArray();
    }

    /** @return a one-page PDF 1.4 written by hand (header, catalog, pages, page, xref, trailer) */
    static byte[] pdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void pngWrittenByImageIoIsAPhoto() throws IOException {
        byte[] png = image("png");
        EvidenceContent.Checked checked = EvidenceContent.check(png);
        assertTrue(checked.accepted());
        assertEquals("image/png", checked.detectedType());
        assertEquals(FileKind.PHOTO, checked.kind());
        assertEquals(png.length, checked.size());
        assertEquals(64, checked.sha256().length());
    }

    @Test
    void jpegWrittenByImageIoIsAPhoto() throws IOException {
        EvidenceContent.Checked checked = EvidenceContent.check(image("jpg"));
        assertTrue(checked.accepted());
        assertEquals("image/jpeg", checked.detectedType());
        assertEquals(FileKind.PHOTO, checked.kind());
    }

    @Test
    void handWrittenPdfIsADocument() {
        EvidenceContent.Checked checked = EvidenceContent.check(pdf());
        assertTrue(checked.accepted());
        assertEquals("application/pdf", checked.detectedType());
        assertEquals(FileKind.DOCUMENT, checked.kind());
    }

    @Test
    void textFileRenamedJpgIsRefusedWhateverItsNameSays() {
        byte[] text = "这不是照片 this is not a photo\n".getBytes(StandardCharsets.UTF_8);
        EvidenceContent.Checked checked = EvidenceContent.check(text);
        assertFalse(checked.accepted());
        assertEquals(EvidenceContent.Refusal.NOT_ACCEPTED, checked.refusal());
        assertEquals("text/plain", checked.detectedType());
        assertNull(checked.sha256());
    }

    @Test
    void htmlAndZipAreRefused() {
        assertEquals(EvidenceContent.Refusal.NOT_ACCEPTED, EvidenceContent.check(
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)).refusal());
        assertEquals(EvidenceContent.Refusal.NOT_ACCEPTED, EvidenceContent.check(
                new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}).refusal());
    }

    @Test
    void webpAndHeicHeadersAreRecognisedAsPhotos() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("image/webp", EvidenceContent.check(webp).detectedType());
        byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1);
        EvidenceContent.Checked checked = EvidenceContent.check(heic);
        assertTrue(checked.accepted(), "HEIC detected as " + checked.detectedType());
        assertEquals(FileKind.PHOTO, checked.kind());
    }

    @Test
    void emptyFileIsRefused() {
        assertEquals(EvidenceContent.Refusal.EMPTY, EvidenceContent.check(new byte[0]).refusal());
        assertEquals(EvidenceContent.Refusal.EMPTY, EvidenceContent.check(null).refusal());
    }

    @Test
    void fileOverFiveMebibytesIsRefusedAndOneAtTheLimitIsChecked() throws IOException {
        byte[] png = image("png");
        byte[] atLimit = Arrays.copyOf(png, EvidenceContent.MAX_BYTES);
        assertTrue(EvidenceContent.check(atLimit).accepted());
        byte[] over = Arrays.copyOf(png, EvidenceContent.MAX_BYTES + 1);
        EvidenceContent.Checked checked = EvidenceContent.check(over);
        assertEquals(EvidenceContent.Refusal.TOO_LARGE, checked.refusal());
        assertEquals(EvidenceContent.MAX_BYTES + 1L, checked.size());
    }

    @Test
    void displayNameTakesTheRealTypesExtensionAndDropsPathsAndQuotes() throws IOException {
        EvidenceContent.Checked png = EvidenceContent.check(image("png"));
        Instant at = Instant.parse("2026-12-07T20:00:00Z");
        assertEquals("欠条.png", EvidenceFile.displayName("C:\\photos\\欠条.jpg", png, at));
        assertEquals("a.png", EvidenceFile.displayName("../../\"a\";.exe", png, at));
        assertEquals("evidence-2026-12-07T20-00-00Z.png", EvidenceFile.displayName(null, png, at));
        assertEquals(EvidenceFile.MAX_NAME, EvidenceFile.displayName("x".repeat(500), png, at).length());
    }

    @Test
    void sameBytesSameDigest() throws IOException {
        byte[] png = image("png");
        assertEquals(EvidenceContent.sha256(png), EvidenceContent.check(png.clone()).sha256());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                EvidenceContent.sha256(new byte[0]));
    }
}
