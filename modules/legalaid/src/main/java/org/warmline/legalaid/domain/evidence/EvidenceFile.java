package org.warmline.legalaid.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An evidence file a worker sent (table {@code la_evidence_file}): the bytes as received, the type read
 * from them ({@link EvidenceContent}), size, SHA-256, the channel and when. It belongs to the worker and,
 * once the worker has an open case, to that case ({@link #attachTo}).
 */
@Entity
@Table(name = "la_evidence_file")
public class EvidenceFile {

    /** Longest display name kept, in characters. */
    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "la_evidence_file_seq")
    @SequenceGenerator(name = "la_evidence_file_seq", sequenceName = "la_evidence_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "source_ref", nullable = false, length = 100)
    private String sourceRef;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private FileKind kind;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "channel", nullable = false, length = 16)
    private String channel;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** For JPA. */
    protected EvidenceFile() {
    }

    /**
     * A checked file.
     *
     * @param workerId   the worker who sent it
     * @param caseId     the worker's open case, or null while there is none
     * @param sourceRef  the channel's id of this file (e.g. MessageSid + ":" + media index), unique per channel
     * @param name       a display name (cut to {@link #MAX_NAME}; see {@link #displayName})
     * @param checked    the accepted content check
     * @param content    the bytes
     * @param channel    the channel it came on (SMS, CHAT …)
     * @param receivedAt when it arrived, UTC
     * @throws IllegalArgumentException if the check did not accept the file
     */
    public EvidenceFile(long workerId, Long caseId, String sourceRef, String name, EvidenceContent.Checked checked,
                        byte[] content, String channel, Instant receivedAt) {
        if (!checked.accepted() || checked.size() != content.length) {
            throw new IllegalArgumentException("only an accepted file is stored");
        }
        this.workerId = workerId;
        this.caseId = caseId;
        this.sourceRef = Objects.requireNonNull(sourceRef, "sourceRef");
        this.name = name;
        this.kind = checked.kind();
        this.contentType = checked.detectedType();
        this.sizeBytes = checked.size();
        this.sha256 = checked.sha256();
        this.content = content.clone();
        this.channel = Objects.requireNonNull(channel, "channel");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * A name staff can see and download the file under: the sender's name with path, control and
     * quoting characters removed, cut to {@link #MAX_NAME} characters, with the extension of its real
     * type; or "evidence-&lt;time&gt;" when the sender gave none.
     *
     * @param given       the name the sender gave, or null
     * @param checked     the accepted check (for the extension)
     * @param receivedAt  when it arrived
     * @return the display name
     */
    public static String displayName(String given, EvidenceContent.Checked checked, Instant receivedAt) {
        String ext = switch (checked.detectedType()) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            case "image/heic", "image/heif" -> ".heic";
            default -> ".pdf";
        };
        String base = given == null ? "" : given;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1).replaceAll("[\\p{Cntrl}\"';<>]", "").strip();
        int dot = base.lastIndexOf('.');
        if (dot >= 0) {
            base = base.substring(0, dot);
        }
        if (base.isBlank()) {
            base = "evidence-" + receivedAt.toString().replace(':', '-').replaceAll("\\..*$", "");
        }
        if (base.length() > MAX_NAME - ext.length()) {
            base = base.substring(0, MAX_NAME - ext.length());
        }
        return base + ext;
    }

    /**
     * Puts the file on the worker's case (when the case opens after the file arrived).
     *
     * @param caseId the case
     */
    public void attachTo(long caseId) {
        this.caseId = caseId;
    }

    /** @return the id */
    public long id() {
        return id;
    }

    /** @return the worker who sent it */
    public long workerId() {
        return workerId;
    }

    /** @return the case it is on, or null */
    public Long caseId() {
        return caseId;
    }

    /** @return the display name */
    public String name() {
        return name;
    }

    /** @return PHOTO or DOCUMENT */
    public FileKind kind() {
        return kind;
    }

    /** @return the type read from the bytes */
    public String contentType() {
        return contentType;
    }

    /** @return size in bytes */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** @return lower-case hex SHA-256 */
    public String sha256() {
        return sha256;
    }

    /** @return a copy of the bytes */
    public byte[] content() {
        return content.clone();
    }

    /** @return the channel it came on */
    public String channel() {
        return channel;
    }

    /** @return when it arrived, UTC */
    public Instant receivedAt() {
        return receivedAt;
    }
}
