package org.warmline.returnhome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.warmline.returnhome.api.ReturnHomeIntake;
import org.warmline.returnhome.api.TripRequestDraft;
import org.warmline.returnhome.domain.PartySize;
import org.warmline.returnhome.domain.TripRequest;
import org.warmline.returnhome.domain.TripRequestStatus;

/** Trip-request use cases: intake from the dialog, and listing for coordinators. */
@ApplicationScoped
@Transactional
public class TripRequestService implements ReturnHomeIntake {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public long draft(TripRequestDraft draft) {
        PartySize party = new PartySize(draft.partySize());
        Optional<TripRequest> pending = unconfirmed(draft.conversationRef());
        if (pending.isPresent()) {
            pending.get().change(draft.destinationCode(), draft.originCode(), draft.travelDate(), party);
            return pending.get().id();
        }
        TripRequest request = new TripRequest(draft.workerId(), draft.conversationRef(),
                draft.destinationCode(), draft.originCode(), draft.travelDate(), party, clock.instant());
        em.persist(request);
        em.flush();
        return request.id();
    }

    @Override
    public long confirm(String conversationRef) {
        Optional<TripRequest> pending = unconfirmed(conversationRef);
        pending.ifPresent(r -> r.confirm(clock.instant()));
        return pending.map(TripRequest::id).orElse(-1L);
    }

    @Override
    public void discardDraft(String conversationRef) {
        unconfirmed(conversationRef).ifPresent(TripRequest::discard);
    }

    /**
     * @param status only requests in this status, or all when null
     * @param limit  at most this many, newest first (1..1000)
     * @return the requests
     */
    public List<TripRequest> list(TripRequestStatus status, int limit) {
        String jpql = "select r from TripRequest r"
                + (status == null ? "" : " where r.status = :status")
                + " order by r.id desc";
        var query = em.createQuery(jpql, TripRequest.class).setMaxResults(Math.max(1, Math.min(limit, 1000)));
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    private Optional<TripRequest> unconfirmed(String conversationRef) {
        return em.createQuery("select r from TripRequest r where r.conversationRef = :c and r.status = :s"
                        + " order by r.id desc", TripRequest.class)
                .setParameter("c", conversationRef)
                .setParameter("s", TripRequestStatus.AWAITING_CONFIRMATION)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
