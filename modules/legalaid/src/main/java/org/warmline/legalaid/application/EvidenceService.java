package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.warmline.core.application.AuditLog;
import org.warmline.core.domain.refusal.NotFound;
import org.warmline.legalaid.api.CaseEvidence;
import org.warmline.legalaid.api.EvidenceReceipt;
import org.warmline.legalaid.api.EvidenceUpload;
import org.warmline.legalaid.domain.CaseClaimant;
import org.warmline.legalaid.domain.CaseEvent;
import org.warmline.legalaid.domain.CaseEventKind;
import org.warmline.legalaid.domain.EvidenceKind;
import org.warmline.legalaid.domain.WageCase;
import org.warmline.legalaid.domain.WageCaseRepository;
import org.warmline.legalaid.domain.evidence.EvidenceContent;
import org.warmline.legalaid.domain.evidence.EvidenceFile;
import org.warmline.legalaid.domain.evidence.FileKind;

/**
 * Evidence files (issue 12, point 6): checks each file a worker sends ({@link EvidenceContent}: real
 * type from the bytes, at most 5 MiB), stores an accepted one in {@code la_evidence_file} with the
 * worker's open case, or with the worker until a case opens, and lists and reads them for staff.
 *
 * <p>A worker with no legal matter at all (no case, no consultation, no legal intake under way) gets {@code NO_LEGAL_MATTER}: legal
 * aid keeps no personal files without a legal purpose; the conversation keeps such a file with the
 * worker's message instead, where operators see it.
 */
@ApplicationScoped
public class EvidenceService implements CaseEvidence {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());

    /** Who files arrive from in the case's timeline. */
    static final String WORKER = "worker";

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    WageCaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<CaseChanged> changed;

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
        Optional<WageCase> openCase = openCaseOf(workerId);
        if (openCase.isEmpty() && !upload.legalIntake() && !hasConsultation(workerId)) {
            return new EvidenceReceipt(EvidenceReceipt.Outcome.NO_LEGAL_MATTER, 0, null, checked.detectedType(),
                    checked.kind().name(), checked.size(), checked.sha256());
        }
        EvidenceFile file = new EvidenceFile(workerId, openCase.map(WageCase::id).orElse(null), upload.sourceRef(),
                EvidenceFile.displayName(upload.declaredName(), checked, upload.receivedAt()), checked, upload.bytes(),
                upload.channel(), upload.receivedAt());
        em.persist(file);
        em.flush();
        if (openCase.isPresent()) {
            onCase(openCase.get(), file);
            changed.fire(new CaseChanged(openCase.get().id()));
        }
        LOG.info(() -> "Evidence file " + file.id() + " (" + file.contentType() + ", " + file.sizeBytes()
                + " bytes) from worker " + workerId + (file.caseId() == null ? " kept until a case opens"
                : " put on case " + file.caseId()));
        return receipt(file);
    }

    /**
     * The files of a case, for staff (the read is audited as {@code case.files}).
     *
     * @param caller who asks
     * @param caseId a case
     * @return its files, oldest first, without bytes
     * @throws NotFound  ({@code case.not-found}) for an unknown case
     * @throws org.warmline.core.domain.refusal.Forbidden (audited) if the case is not the caller's to see
     */
    @Transactional
    public List<FileSummary> filesOf(CaseAccess.Caller caller, long caseId) {
        access.requireCaseRole(caller, String.valueOf(caseId));
        WageCase wageCase = cases.find(caseId).orElseThrow(() -> new NotFound("case.not-found", "no case " + caseId));
        access.check(caller, wageCase, "case.files");
        List<Object[]> rows = em.createQuery("select f.id, f.caseId, f.name, f.kind, f.contentType, f.sizeBytes,"
                        + " f.sha256, f.channel, f.receivedAt from EvidenceFile f where f.caseId = :c"
                        + " order by f.receivedAt, f.id", Object[].class)
                .setParameter("c", caseId).getResultList();
        return rows.stream().map(r -> new FileSummary((Long) r[0], (Long) r[1], (String) r[2], String.valueOf(r[3]),
                (String) r[4], (Long) r[5], (String) r[6], (String) r[7], (Instant) r[8])).toList();
    }

    /**
     * A file with its bytes, for download by staff who may see its case; the download is audited
     * ({@code evidence.download}, with the case's {@code case.read}-style check line).
     *
     * @param caller who asks
     * @param fileId a file id
     * @return the file
     * @throws NotFound  ({@code evidence.not-found}) for an unknown file, or one not on a case yet
     * @throws org.warmline.core.domain.refusal.Forbidden (audited) if its case is not the caller's to see
     */
    @Transactional
    public EvidenceFile download(CaseAccess.Caller caller, long fileId) {
        access.requireCaseRole(caller, "file " + fileId);
        EvidenceFile file = em.find(EvidenceFile.class, fileId);
        if (file == null || file.caseId() == null) {
            throw new NotFound("evidence.not-found", "no evidence file " + fileId + " on a case");
        }
        WageCase wageCase = cases.find(file.caseId())
                .orElseThrow(() -> new NotFound("evidence.not-found", "no case for evidence file " + fileId));
        access.check(caller, wageCase, "case.file");
        audit.record(caller.username(), "evidence.download", "evidence-file", String.valueOf(fileId),
                "case " + wageCase.id() + ", " + file.contentType() + ", " + file.sizeBytes() + " bytes");
        return file;
    }

    /**
     * A case was opened or changed ({@link CaseChanged}, fired inside its transaction): the files its
     * workers (lead and claimants) sent before it opened go on it now, and a photo among them marks PHOTOS.
     *
     * @param event the case
     */
    void onCaseChanged(@Observes CaseChanged event) {
        Optional<WageCase> found = cases.find(event.caseId());
        if (found.isEmpty() || !found.get().isOpen()) {
            return;
        }
        WageCase wageCase = found.get();
        Set<Long> workers = new HashSet<>();
        workers.add(wageCase.leadWorkerId());
        wageCase.claimants().stream().map(CaseClaimant::workerId).forEach(workers::add);
        List<EvidenceFile> waiting = em.createQuery("select f from EvidenceFile f where f.caseId is null"
                + " and f.workerId in :w order by f.id", EvidenceFile.class).setParameter("w", workers).getResultList();
        for (EvidenceFile file : waiting) {
            file.attachTo(wageCase.id());
            onCase(wageCase, file);
        }
        if (!waiting.isEmpty()) {
            LOG.info(() -> waiting.size() + " evidence file(s) put on case " + wageCase.id() + " as it opened");
        }
    }

    private Optional<EvidenceFile> bySource(String channel, String sourceRef) {
        return em.createQuery("select f from EvidenceFile f where f.channel = :ch and f.sourceRef = :s", EvidenceFile.class)
                .setParameter("ch", channel).setParameter("s", sourceRef).getResultStream().findFirst();
    }

    /** @return the worker's open case changed last, as the worker's status question reads it, or empty */
    private Optional<WageCase> openCaseOf(long workerId) {
        return cases.ofWorker(workerId).stream().filter(WageCase::isOpen).max(Comparator.comparing(WageCase::updatedAt)
                .thenComparing(WageCase::id));
    }

    /** A file is on the case: a line of its timeline, and a photo marks the checklist's PHOTOS as held. */
    private void onCase(WageCase wageCase, EvidenceFile file) {
        Instant now = clock.instant();
        cases.append(new CaseEvent(wageCase.id(), CaseEventKind.ATTACHED, null, now, WORKER,
                "evidence file " + file.id() + ": " + file.kind() + " " + file.contentType() + ", " + file.sizeBytes()
                        + " bytes by " + file.channel(), null, null, null));
        if (file.kind() == FileKind.PHOTO) {
            wageCase.addEvidenceHeld(List.of(EvidenceKind.PHOTOS), now);
        }
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
