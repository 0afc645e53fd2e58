package org.warmline.legalaid.domain.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The content check of an evidence file: what it really is, read from its bytes by Apache Tika's
 * magic-number detector (tika-core's {@code tika-mimetypes.xml}), never from the name or the type the
 * sender declared; whether that type is accepted (photos: JPEG, PNG, WebP, HEIC/HEIF; documents: PDF);
 * and whether the size is within {@link #MAX_BYTES}. Issue 12, point 6: "stored with content type and
 * size checks (images and PDF up to 5 MB)".
 */
public final class EvidenceContent {

    /** Largest file accepted, in bytes: 5 MiB (5 × 1024 × 1024), as the module's front door publishes it. */
    public static final int MAX_BYTES = org.warmline.legalaid.api.CaseEvidence.MAX_BYTES;

    /** The accepted types (as Tika names them) and what kind of evidence each is. */
    static final Map<String, FileKind> ACCEPTED = Map.of(
            "image/jpeg", FileKind.PHOTO,
            "image/png", FileKind.PHOTO,
            "image/webp", FileKind.PHOTO,
            "image/heic", FileKind.PHOTO,
            "image/heif", FileKind.PHOTO,
            "application/pdf", FileKind.DOCUMENT);

    private static final MimeTypes DETECTOR = MimeTypes.getDefaultMimeTypes();

    private EvidenceContent() {
    }

    /** Why a file is refused. */
    public enum Refusal {
        /** No bytes at all. */
        EMPTY,
        /** More than {@link #MAX_BYTES}. */
        TOO_LARGE,
        /** Its bytes are not a JPEG, PNG, WebP, HEIC/HEIF image or a PDF, whatever it claims to be. */
        NOT_ACCEPTED
    }

    /**
     * The outcome of the check.
     *
     * @param refusal      why the file is refused, or null when it is accepted
     * @param detectedType the type read from the bytes (e.g. {@code image/jpeg}, {@code text/plain}), or
     *                     null for an empty or oversized file
     * @param kind         PHOTO or DOCUMENT when accepted, else null
     * @param size         the file's size in bytes (for an oversized file: at least {@link #MAX_BYTES} + 1)
     * @param sha256       lower-case hex SHA-256 of the bytes when accepted, else null
     */
    public record Checked(Refusal refusal, String detectedType, FileKind kind, long size, String sha256) {

        /** @return whether the file may be stored */
        public boolean accepted() {
            return refusal == null;
        }
    }

    /**
     * Checks a file.
     *
     * @param bytes the whole file as received, or null; a channel that stopped reading past
     *              {@link #MAX_BYTES} passes what it read (more than the limit) and gets TOO_LARGE
     * @return accepted with type, kind, size and SHA-256; or the refusal
     */
    public static Checked check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Checked(Refusal.EMPTY, null, null, 0, null);
        }
        if (bytes.length > MAX_BYTES) {
            return new Checked(Refusal.TOO_LARGE, null, null, bytes.length, null);
        }
        String type = detect(bytes);
        FileKind kind = ACCEPTED.get(type);
        if (kind == null) {
            return new Checked(Refusal.NOT_ACCEPTED, type, null, bytes.length, null);
        }
        return new Checked(null, type, kind, bytes.length, sha256(bytes));
    }

    /**
     * @param bytes a file
     * @return its type as Tika's magic numbers say (no name or declared type is given to Tika), without
     *         parameters; {@code application/octet-stream} when nothing matches
     */
    static String detect(byte[] bytes) {
        try (InputStream in = TikaInputStream.get(bytes)) {
            MediaType type = DETECTOR.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory failed", e);
        }
    }

    /**
     * @param bytes a file
     * @return lower-case hex SHA-256 (64 characters)
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
