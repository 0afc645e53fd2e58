package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.warmline.legalaid.api.ConsultationIntake;
import org.warmline.legalaid.api.LegalAidIntake;
import org.warmline.legalaid.domain.Consultation;

/** Opens consultations from the dialog; the owner of {@code la_} tables. */
@ApplicationScoped
@Transactional
public class ConsultationService implements LegalAidIntake {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public long openConsultation(ConsultationIntake intake) {
        Consultation consultation = new Consultation(intake.workerId(), intake.conversationRef(), intake.text(),
                clock.instant());
        consultation.describe(intake.topic(), intake.employer(), intake.siteCode(), intake.amountFen(),
                intake.monthsUnpaid(), intake.coWorkersOwed(), intake.evidence(), intake.urgent());
        consultation.nameContractor(intake.contractor());
        em.persist(consultation);
        em.flush();
        return consultation.id();
    }

    /**
     * @param limit at most this many, newest first
     * @param scope the caller's help-centre scope: a centre sees the consultations whose work site it serves
     *              (those without one go to the default centre); supervisors and admins see all
     * @return consultations
     */
    public java.util.List<Consultation> recent(int limit, org.warmline.core.domain.centre.CentreScope scope) {
        return org.warmline.core.application.CentreScopes.newestInScope(em, Consultation.class, scope, "siteCode", limit);
    }
}
