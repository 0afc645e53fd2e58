package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.warmline.core.application.CentreScopes;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.core.domain.refusal.Forbidden;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.domain.refusal.NotFound;
import org.warmline.core.domain.text.SafeText;
import org.warmline.legalaid.api.ConsultationIntake;
import org.warmline.legalaid.api.ContractorParty;
import org.warmline.legalaid.api.LegalAidIntake;
import org.warmline.legalaid.api.WageClaimDetails;
import org.warmline.legalaid.domain.CaseFacts;
import org.warmline.legalaid.domain.CaseParty;
import org.warmline.legalaid.domain.CaseTopic;
import org.warmline.legalaid.domain.Consultation;
import org.warmline.legalaid.domain.ConsultationAnswer;
import org.warmline.legalaid.domain.EvidenceKind;
import org.warmline.legalaid.domain.PartyRole;

/**
 * Consultations (issue 12, point 1): opened from the dialog — a wage-arrears one opens or joins the worker's case
 * against that employer with every field the bot learned — answered by staff, or turned into a case by staff.
 * The owner of {@code la_consultation} and {@code la_consultation_answer}.
 */
@ApplicationScoped
@Transactional
public class ConsultationService implements LegalAidIntake {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CaseService caseService;

    @Inject
    CentreScopes scopes;

    @Override
    public long openConsultation(ConsultationIntake intake) {
        Consultation consultation = new Consultation(intake.workerId(), intake.conversationRef(), intake.text(),
                clock.instant());
        consultation.describe(intake.topic(), intake.employer(), intake.siteCode(), intake.amountFen(),
                intake.monthsUnpaid(), intake.coWorkersOwed(), intake.evidence(), intake.urgent());
        consultation.nameContractor(intake.contractor());
        em.persist(consultation);
        em.flush();
        if ("WAGE_ARREARS".equals(consultation.topic())) {
            WageClaimDetails details = intake.details();
            List<String> evidence = new ArrayList<>(intake.evidence());
            List<CaseParty> chain = new ArrayList<>();
            if (details != null) {
                evidence.addAll(details.evidence());
                details.chain().forEach(p -> chain.add(party(p)));
            }
            if (chain.isEmpty() && consultation.contractor() != null) {
                chain.add(new CaseParty(PartyRole.FOREMAN, consultation.contractor()));
            }
            CaseService.Opened opened = caseService.openOrAttach(consultation.workerId(), consultation.id(),
                    CaseTopic.WAGE_ARREARS, facts(consultation, details), chain, kinds(evidence), CaseService.BOT);
            consultation.attachTo(opened.caseId());
        }
        return consultation.id();
    }

    /**
     * @param limit at most this many, newest first
     * @param scope the caller's help-centre scope: a centre sees the consultations whose work site it serves
     *              (those without one go to the default centre); supervisors and admins see all
     * @return consultations
     */
    public List<Consultation> recent(int limit, CentreScope scope) {
        return CentreScopes.newestInScope(em, Consultation.class, scope, "siteCode", limit);
    }

    /**
     * @param consultationIds consultations
     * @return their answers, oldest first, by consultation id
     */
    public Map<Long, List<ConsultationAnswer>> answersOf(Collection<Long> consultationIds) {
        if (consultationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from ConsultationAnswer a where a.consultationId in :ids order by a.at, a.id",
                        ConsultationAnswer.class).setParameter("ids", List.copyOf(consultationIds)).getResultList()
                .stream().collect(Collectors.groupingBy(ConsultationAnswer::consultationId));
    }

    /**
     * Staff answer a consultation (written or a canned answer, {@link CannedAnswers}).
     *
     * @param scope who answers
     * @param id    the consultation
     * @param text  the answer, 1..2000 characters, kept as written
     * @return the stored answer
     * @throws NotFound     ({@code consultation.not-found}) for an unknown id
     * @throws Forbidden    ({@code centre.outside}, audited) for another centre's consultation
     * @throws InvalidInput for a blank or over-long text
     */
    public ConsultationAnswer answer(CentreScope scope, long id, String text) {
        Consultation consultation = inScope(scope, id, "consultation.answer");
        if (text == null || text.isBlank() || text.length() > ConsultationAnswer.MAX_TEXT) {
            throw new InvalidInput(Map.of("text", "1.." + ConsultationAnswer.MAX_TEXT + " characters"));
        }
        ConsultationAnswer answer = new ConsultationAnswer(id, text, scope.username(), clock.instant());
        em.persist(answer);
        consultation.markAnswered();
        return answer;
    }

    /**
     * Staff open a case from a consultation (any topic); it joins the worker's open case of that topic and
     * employer if there is one.
     *
     * @param scope who asks
     * @param id    the consultation
     * @return the case and whether it is new
     */
    public CaseService.Opened openCase(CentreScope scope, long id) {
        Consultation consultation = inScope(scope, id, "consultation.case");
        List<CaseParty> chain = consultation.contractor() == null ? List.of()
                : List.of(new CaseParty(PartyRole.FOREMAN, consultation.contractor()));
        CaseService.Opened opened = caseService.openOrAttach(consultation.workerId(), consultation.id(),
                CaseTopic.parse(consultation.topic()).orElse(CaseTopic.OTHER), facts(consultation, null), chain,
                kinds(consultation.evidence()), scope.username());
        consultation.attachTo(opened.caseId());
        return opened;
    }

    private Consultation inScope(CentreScope scope, long id, String action) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null) {
            throw new NotFound("consultation.not-found", "no consultation " + id);
        }
        String site = consultation.siteCode();
        boolean serves = site == null ? scope.seesAll() || scope.takesTheRest() : scope.serves(site);
        if (!serves) {
            scopes.recordDenied(scope, action, "consultation", String.valueOf(id), site == null ? List.of() : List.of(site));
            throw new Forbidden("centre.outside", "consultation " + id + " is outside help centre " + scope.centreCode());
        }
        return consultation;
    }

    private static CaseFacts facts(Consultation c, WageClaimDetails d) {
        return new CaseFacts(c.employer() == null || c.employer().isBlank() ? null : c.employer(),
                d == null ? null : SafeText.cut(d.projectName(), CaseFacts.MAX_NAME), c.siteCode(),
                d == null ? null : SafeText.cut(d.trade(), CaseFacts.MAX_TRADE),
                d == null ? null : d.workedFrom(), d == null ? null : d.workedTo(),
                d == null ? null : d.employmentEnded(), d == null ? null : d.endedOn(), c.amountFen(),
                c.monthsUnpaid() == null ? null : Math.min(c.monthsUnpaid(), 120), d == null ? null : d.absconded(),
                c.urgent() ? Boolean.TRUE : null, d == null ? null : d.lastDemandOn(), null, null, null);
    }

    private static CaseParty party(ContractorParty p) {
        return new CaseParty(PartyRole.valueOf(p.role()), p.name());
    }

    private static List<EvidenceKind> kinds(Collection<String> codes) {
        return codes.stream().map(EvidenceKind::parse).flatMap(java.util.Optional::stream).distinct().toList();
    }
}
