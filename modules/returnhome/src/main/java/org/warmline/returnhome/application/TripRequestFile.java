package org.warmline.returnhome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.warmline.core.application.WorkerFileSource;
import org.warmline.returnhome.domain.TripRequest;

/** Returnhome's part of a worker's file: their trip requests (read only). */
@ApplicationScoped
@Transactional
public class TripRequestFile implements WorkerFileSource {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public List<Entry> entriesFor(long workerId) {
        return em.createQuery("select r from TripRequest r where r.workerId = :w order by r.id desc", TripRequest.class)
                .setParameter("w", workerId).setMaxResults(50).getResultList().stream()
                .map(r -> new Entry("returnhome", "trip-request", r.id(), String.valueOf(r.status()),
                        r.originCode() + " → " + r.destinationCode() + ", "
                                + (r.travelDate() != null ? r.travelDate() : r.earliestDate() + ".." + r.latestDate())
                                + ", " + r.partySize() + (r.tripId() == null ? "" : ", trip " + r.tripId()),
                        r.createdAt()))
                .toList();
    }
}
