package org.warmline.returnhome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.warmline.core.application.WorkerFileSource;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.returnhome.domain.TripRequest;
import org.warmline.returnhome.domain.TripRequestRepository;

/**
 * Returnhome's part of a worker's file: their trip requests (read only), summarised with place names
 * ("广东 深圳 → 湖南 衡阳，2027-01-29，2人"), never codes (issue 10, item 5).
 */
@ApplicationScoped
@Transactional
public class TripRequestFile implements WorkerFileSource {

    @Inject
    TripRequestRepository requests;

    @Inject
    Gazetteer gazetteer;

    @Override
    public List<Entry> entriesFor(long workerId) {
        return requests.ofWorker(workerId, 50).stream()
                .map(r -> new Entry("returnhome", "trip-request", r.id(), String.valueOf(r.status()),
                        place(r.originCode()) + " → " + place(r.destinationCode()) + "，"
                                + (r.travelDate() != null ? r.travelDate() : r.earliestDate() + "–" + r.latestDate())
                                + "，" + r.partySize() + "人" + (r.tripId() == null ? "" : "，车次 #" + r.tripId()),
                        r.createdAt()))
                .toList();
    }

    /** @return the place as staff read it (深圳 → "广东 深圳"), the code only if the gazetteer has none */
    private String place(String code) {
        return gazetteer.byCode(code).map(p -> gazetteer.label(p, false)).orElse(code);
    }
}
