package org.warmline.chat.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warmline.chat.domain.PhoneVerification;
import org.warmline.chat.domain.PhoneVerificationRepository;
import org.warmline.core.domain.phone.PhoneNumber;

/** {@link PhoneVerificationRepository} on {@code ch_phone_verification}; joins the caller's transaction. */
@ApplicationScoped
public class JpaPhoneVerifications implements PhoneVerificationRepository {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public void add(PhoneVerification verification) {
        em.persist(verification);
        em.flush();
    }

    @Override
    public List<Instant> sentTo(PhoneNumber phone, Instant since) {
        return em.createQuery("select v from PhoneVerification v where v.phoneE164 = :p and v.createdAt > :t",
                        PhoneVerification.class)
                .setParameter("p", phone.e164()).setParameter("t", since).getResultStream()
                .map(PhoneVerification::createdAt).toList();
    }

    @Override
    public List<Instant> sentFor(long workerId, Instant since) {
        return em.createQuery("select v from PhoneVerification v where v.workerId = :w and v.createdAt > :t",
                        PhoneVerification.class)
                .setParameter("w", workerId).setParameter("t", since).getResultStream()
                .map(PhoneVerification::createdAt).toList();
    }

    @Override
    public List<PhoneVerification> pendingFor(long workerId) {
        return em.createQuery("select v from PhoneVerification v where v.workerId = :w and v.status = :s",
                        PhoneVerification.class)
                .setParameter("w", workerId).setParameter("s", PhoneVerification.Status.PENDING.name())
                .getResultList();
    }

    @Override
    public Optional<PhoneVerification> newestForUpdate(long workerId) {
        // find the id first, then lock that row: EclipseLink writes "FOR UPDATE LIMIT", which H2 refuses
        return em.createQuery("select v.id from PhoneVerification v where v.workerId = :w"
                        + " order by v.createdAt desc, v.id desc", Long.class)
                .setParameter("w", workerId).setMaxResults(1).getResultStream().findFirst()
                .map(id -> em.find(PhoneVerification.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
