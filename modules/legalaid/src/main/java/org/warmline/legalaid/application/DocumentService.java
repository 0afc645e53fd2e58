package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.domain.refusal.NotFound;
import org.warmline.core.domain.text.SafeText;
import org.warmline.core.domain.worker.Worker;
import org.warmline.legalaid.domain.CaseClaimant;
import org.warmline.legalaid.domain.CaseParty;
import org.warmline.legalaid.domain.Consultation;
import org.warmline.legalaid.domain.EvidenceItem;
import org.warmline.legalaid.domain.FirstPayer;
import org.warmline.legalaid.domain.WageCase;
import org.warmline.legalaid.domain.document.DocumentFacts;
import org.warmline.legalaid.domain.document.LegalDocument;
import org.warmline.legalaid.domain.document.LegalDocuments;

/**
 * Fills a case's documents (issue 12, point 8): the arbitration application (LDMAL Art. 28) and the
 * labour-inspection complaint. Access as every case read ({@link CaseAccess}: legal-aid staff, supervisors of
 * the case's centre, admins; anybody else 403, audited); the read is audited as {@code case.document}.
 * Phones are masked (138****5678) unless the caller reveals them with a reason, which is audited as
 * {@code phone.reveal} on the case (the console's reveal rule).
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    /** The refusal code of an unknown case. */
    public static final String NOT_FOUND = "case.not-found";

    /** Longest reveal reason kept in the audit log. */
    public static final int MAX_REASON = 200;

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    WorkerDirectory workers;

    @Inject
    AuditLog audit;

    @Inject
    Gazetteer gazetteer;

    @Inject
    Clock clock;

    /** Which document. */
    public enum Kind {
        /** 劳动人事争议仲裁申请书. */
        ARBITRATION_APPLICATION,
        /** 劳动保障监察投诉书. */
        INSPECTION_COMPLAINT
    }

    /**
     * @param caller   who asks
     * @param caseId   the case
     * @param kind     which document
     * @param language "zh" or "en"
     * @param reveal   the reason for showing phones in full (audited), or null/blank to keep them masked
     * @return the filled document
     * @throws NotFound     ({@value #NOT_FOUND}) for an unknown case
     * @throws org.warmline.core.domain.refusal.Forbidden ({@code case.forbidden}, audited) for a caller who may
     *                      not see the case
     * @throws InvalidInput for a reveal reason longer than {@value #MAX_REASON} characters
     */
    public LegalDocument document(CaseAccess.Caller caller, long caseId, Kind kind, String language, String reveal) {
        // staff without a case role are refused before the case is looked up: a 403 never tells whether it exists
        access.requireCaseRole(caller, String.valueOf(caseId));
        WageCase c = Optional.ofNullable(em.find(WageCase.class, caseId))
                .orElseThrow(() -> new NotFound(NOT_FOUND, "no case " + caseId));
        access.check(caller, c, "case.document");
        boolean full = reveal != null && !reveal.isBlank();
        if (full && reveal.strip().length() > MAX_REASON) {
            throw new InvalidInput(Map.of("reveal", "at most " + MAX_REASON + " characters"));
        }
        if (full) {
            audit.record(caller.username(), "phone.reveal", "case", String.valueOf(caseId),
                    SafeText.cut("documents: " + reveal.strip(), 400));
        }
        DocumentFacts facts = facts(c, full, "en".equals(language));
        LegalDocuments docs = new LegalDocuments(language);
        return kind == Kind.ARBITRATION_APPLICATION ? docs.arbitrationApplication(facts) : docs.inspectionComplaint(facts);
    }

    private DocumentFacts facts(WageCase c, boolean full, boolean english) {
        Map<Long, Long> owed = new LinkedHashMap<>();
        owed.put(c.leadWorkerId(), null);
        for (CaseClaimant k : c.claimants()) {
            owed.put(k.workerId(), k.amountOwedFen());
        }
        Map<Long, Worker> found = workers.byIds(owed.keySet());
        List<DocumentFacts.Claimant> claimants = new ArrayList<>();
        owed.forEach((id, fen) -> {
            Worker w = found.get(id);
            String phone = w == null ? null : full && w.phone() != null ? w.phone().dialable() : w.maskedPhone();
            claimants.add(new DocumentFacts.Claimant(null, phone, fen));
        });
        List<DocumentFacts.ChainParty> chain = new ArrayList<>();
        for (CaseParty p : c.parties()) {
            chain.add(new DocumentFacts.ChainParty(p.role().name(), p.name()));
        }
        DocumentFacts.FirstPayerNote first = c.firstPayer().filter(f -> f.article() != null)
                .map(f -> new DocumentFacts.FirstPayerNote(f.role().name(), f.name(), article(f))).orElse(null);
        List<String> held = c.evidence().stream().filter(EvidenceItem::held).map(e -> e.kind().name()).toList();
        List<String> words = new ArrayList<>();
        if (c.consultationId() != null) {
            Consultation consultation = em.find(Consultation.class, c.consultationId());
            if (consultation != null && consultation.description() != null) {
                words.add(consultation.description());
            }
        }
        String site = gazetteer.byCode(c.siteCode()).map(p -> gazetteer.label(p, english)).orElse(c.siteCode());
        return new DocumentFacts(c.id(), claimants, c.employerAsNamed(), c.projectName(), site, c.trade(),
                c.workedFrom(), c.workedTo(), c.employmentEnded(), c.endedOn(), c.totalOwedFen(), c.monthsUnpaid(),
                c.absconded(), chain, first, held, words, LocalDate.now(clock.withZone(DashboardFigures.ZONE)));
    }

    // "Art. 30" → "30": the documents say the article in their own words
    private static String article(FirstPayer f) {
        return f.article().replaceAll("\\D", "");
    }
}
