package org.warmline.returnhome.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.warmline.core.application.CentreScopes;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.returnhome.domain.TripRequest;
import org.warmline.returnhome.domain.TripRequestRepository;
import org.warmline.returnhome.domain.TripRequestStatus;

/** {@link TripRequestRepository} with JPA (JPQL on the {@code TripRequest} entity; the list's filter as a Criteria query). */
@ApplicationScoped
public class JpaTripRequestRepository implements TripRequestRepository {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public List<TripRequest> onTrip(long tripId) {
        return em.createQuery("select r from TripRequest r where r.tripId = :t order by r.id", TripRequest.class)
                .setParameter("t", tripId).getResultList();
    }

    @Override
    public List<TripRequest> onTrips(Collection<Long> tripIds) {
        return em.createQuery("select r from TripRequest r where r.tripId in :t order by r.id", TripRequest.class)
                .setParameter("t", tripIds).getResultList();
    }

    @Override
    public List<TripRequest> ofWorker(long workerId, Collection<TripRequestStatus> statuses, int max) {
        TypedQuery<TripRequest> query = em.createQuery("select r from TripRequest r where r.workerId = :w"
                + " and r.status in :s order by r.id desc", TripRequest.class)
                .setParameter("w", workerId).setParameter("s", List.copyOf(statuses));
        return (max > 0 ? query.setMaxResults(max) : query).getResultList();
    }

    @Override
    public List<TripRequest> ofWorker(long workerId, int max) {
        return em.createQuery("select r from TripRequest r where r.workerId = :w order by r.id desc", TripRequest.class)
                .setParameter("w", workerId).setMaxResults(max).getResultList();
    }

    @Override
    public List<TripRequest> waitlist() {
        return em.createQuery("select r from TripRequest r where r.status = :s"
                        + " and r.tripId is null order by r.confirmedAt, r.id", TripRequest.class)
                .setParameter("s", TripRequestStatus.WAITLISTED).getResultList();
    }

    @Override
    public List<TripRequest> unplanned(String originPrefix) {
        return em.createQuery("select r from TripRequest r where r.tripId is null"
                        + " and r.status in :s and r.originCode like :o", TripRequest.class)
                .setParameter("s", List.of(TripRequestStatus.CONFIRMED, TripRequestStatus.WAITLISTED))
                .setParameter("o", originPrefix + "%").getResultList();
    }

    @Override
    public Optional<TripRequest> awaitingConfirmation(String conversationRef) {
        return em.createQuery("select r from TripRequest r where r.conversationRef = :c and r.status = :s"
                        + " order by r.id desc", TripRequest.class)
                .setParameter("c", conversationRef)
                .setParameter("s", TripRequestStatus.AWAITING_CONFIRMATION)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public List<TripRequest> search(CentreScope scope, String originPrefix, LocalDate from, LocalDate to,
                                    Collection<TripRequestStatus> statuses, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TripRequest> q = cb.createQuery(TripRequest.class);
        Root<TripRequest> r = q.from(TripRequest.class);
        List<Predicate> where = new ArrayList<>();
        Predicate inScope = CentreScopes.criteriaCondition(scope, cb,
                List.of(r.get("originCode"), r.get("destinationCode")));
        if (inScope != null) {
            where.add(inScope);
        }
        if (originPrefix != null) {
            where.add(cb.like(r.get("originCode"), originPrefix + "%"));
        }
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(r.get("travelDate"), from));
        }
        if (to != null) {
            where.add(cb.lessThanOrEqualTo(r.get("travelDate"), to));
        }
        if (!statuses.isEmpty()) {
            where.add(r.get("status").in(statuses));
        }
        q.select(r).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(r.get("id")));
        return em.createQuery(q).setMaxResults(max).getResultList();
    }
}
