package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.warmline.legalaid.api.CaseEvidence;
import org.warmline.legalaid.api.EvidenceReceipt;
import org.warmline.legalaid.api.EvidenceUpload;
import org.warmline.legalaid.domain.evidence.EvidenceContent;
import org.warmline.legalaid.domain.evidence.EvidenceFile;

/**
 * Evidence files (issue 12, point 6): checks each file a worker sends ({@link EvidenceContent}: real
 * type from the bytes, at most 5 MiB), stores an accepted one in {@code la_evidence_file} with the
 * worker's open case, or with the worker until a case opens, and lists and reads them for staff.
 *
 * <p>A worker with no legal matter at all (no consultation, no case) gets {@code NO_LEGAL_MATTER}: legal
 * aid keeps no personal files without a legal purpose; the conversation keeps such a file with the
 * worker's message instead, where operators see it.
 */
@ApplicationScoped
public class EvidenceService implements CaseEvidence {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    /**
     * A stored file as staff list it (no bytes).
     *
     * @param id          file id
     * @param caseId      the case, or null
     * @param name        display name
     * @param kind        PHOTO or DOCUMENT
     * @param contentType the type read from the bytes
     * @param size        bytes
     * @param sha256      lower-case hex SHA-256
     * @param channel     SMS, CHAT …
     * @param receivedAt  when it arrived, UTC
     */
    public record FileSummary(long id, Long caseId, String name, String kind, String contentType, long size,
                              String sha256, String channel, java.time.Instant receivedAt) { }

    @Override
    @Transactional
    public EvidenceReceipt attach(long workerId, EvidenceUpload upload) {
        Optional<EvidenceFile> earlier = bySource(upload.channel(), upload.sourceRef());
        if (earlier.isPresent()) {
            return receipt(earlier.get());
        }
        EvidenceContent.Checked checked = EvidenceContent.check(upload.bytes());
        if (!checked.accepted()) {
            LOG.info(() -> "Evidence from worker " + workerId + " on " + upload.channel() + " refused: "
                    + checked.refusal() + " (" + checked.detectedType() + ", " + checked.size() + " bytes, declared "
                    + clip(upload.declaredType()) + ")");
            return new EvidenceReceipt(EvidenceReceipt.Outcome.valueOf(checked.refusal().name()), 0, null,
                    checked.detectedType(), null, checked.size(), null);
        }
        Optional<Long> openCase = openCaseOf(workerId);
        if (openCase.isEmpty() && !hasConsultation(workerId)) {
            return new EvidenceReceipt(EvidenceReceipt.Outcome.NO_LEGAL_MATTER, 0, null, checked.detectedType(),
                    checked.kind().name(), checked.size(), checked.sha256());
        }
        EvidenceFile file = new EvidenceFile(workerId, openCase.orElse(null), upload.sourceRef(),
                EvidenceFile.displayName(upload.declaredName(), checked, upload.receivedAt()), checked, upload.bytes(),
                upload.channel(), upload.receivedAt());
        em.persist(file);
        em.flush();
        openCase.ifPresent(caseId -> evidenceArrived(caseId, file));
        LOG.info(() -> "Evidence file " + file.id() + " (" + file.contentType() + ", " + file.sizeBytes()
                + " bytes) from worker " + workerId + (file.caseId() == null ? " kept until a case opens"
                : " put on case " + file.caseId()));
        return receipt(file);
    }

    /**
     * @param caseId a case
     * @return its files, oldest first, without bytes
     */
    @Transactional
    public List<FileSummary> filesOf(long caseId) {
        List<Object[]> rows = em.createQuery("select f.id, f.caseId, f.name, f.kind, f.contentType, f.sizeBytes,"
                        + " f.sha256, f.channel, f.receivedAt from EvidenceFile f where f.caseId = :c"
                        + " order by f.receivedAt, f.id", Object[].class)
                .setParameter("c", caseId).getResultList();
        return rows.stream().map(r -> new FileSummary((Long) r[0], (Long) r[1], (String) r[2], String.valueOf(r[3]),
                (String) r[4], (Long) r[5], (String) r[6], (String) r[7], (java.time.Instant) r[8])).toList();
    }

    /**
     * @param fileId a file id
     * @return the file with its bytes, or empty
     */
    @Transactional
    public Optional<EvidenceFile> file(long fileId) {
        return Optional.ofNullable(em.find(EvidenceFile.class, fileId));
    }

    private Optional<EvidenceFile> bySource(String channel, String sourceRef) {
        return em.createQuery("select f from EvidenceFile f where f.channel = :ch and f.sourceRef = :s", EvidenceFile.class)
                .setParameter("ch", channel).setParameter("s", sourceRef).getResultStream().findFirst();
    }

    /** The worker's open wage case, or empty (filled in when the case entity lands). */
    private Optional<Long> openCaseOf(long workerId) {
        return Optional.empty();
    }

    /** A photo or document arrived on a case: the case's evidence checklist learns of it. */
    private void evidenceArrived(long caseId, EvidenceFile file) {
        // the case's checklist (PHOTOS) is marked once the case entity lands
    }

    private boolean hasConsultation(long workerId) {
        return em.createQuery("select count(c) from Consultation c where c.workerId = :w", Long.class)
                .setParameter("w", workerId).getSingleResult() > 0;
    }

    private static EvidenceReceipt receipt(EvidenceFile file) {
        return new EvidenceReceipt(file.caseId() == null ? EvidenceReceipt.Outcome.AWAITING_CASE
                : EvidenceReceipt.Outcome.ON_CASE, file.id(), file.caseId(), file.contentType(), file.kind().name(),
                file.sizeBytes(), file.sha256());
    }

    private static String clip(String text) {
        if (text == null) {
            return "-";
        }
        String safe = text.replaceAll("\\p{Cntrl}", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "…" : safe;
    }
}
