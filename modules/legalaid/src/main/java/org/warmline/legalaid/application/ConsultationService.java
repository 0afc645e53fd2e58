package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
    public long openConsultation(long workerId, String conversationRef, String text) {
        Consultation consultation = new Consultation(workerId, conversationRef, text, clock.instant());
        em.persist(consultation);
        em.flush();
        return consultation.id();
    }
}
