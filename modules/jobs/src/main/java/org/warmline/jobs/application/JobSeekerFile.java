package org.warmline.jobs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.warmline.core.application.WorkerFileSource;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.jobs.domain.JobSeekerRequest;

/**
 * Jobs' part of a worker's file: their job-seeker requests (read only), summarised in words
 * ("找工作，焊工，广东 广州"), never codes (issue 10, item 5).
 */
@ApplicationScoped
@Transactional
public class JobSeekerFile implements WorkerFileSource {

    /** Chinese words for wants and trades (the summary is data for Chinese-speaking staff). */
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.warmline.jobs.file", Locale.ROOT);

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Gazetteer gazetteer;

    @Override
    public List<Entry> entriesFor(long workerId) {
        return em.createQuery("select j from JobSeekerRequest j where j.workerId = :w order by j.id desc",
                        JobSeekerRequest.class)
                .setParameter("w", workerId).setMaxResults(50).getResultList().stream()
                .map(j -> new Entry("jobs", "job-seeker", j.id(), j.status(),
                        word("want.", j.want()) + (j.trade() == null ? "" : "，" + word("trade.", j.trade()))
                                + (j.locationCode() == null ? "" : "，" + place(j.locationCode())),
                        j.createdAt()))
                .toList();
    }

    /** @return the word for a code from {@code org/warmline/jobs/file.properties}, the code if it has none */
    private static String word(String prefix, String code) {
        return WORDS.containsKey(prefix + code) ? WORDS.getString(prefix + code) : String.valueOf(code);
    }

    /** @return the place as staff read it ("广东 广州"), the code only if the gazetteer has none */
    private String place(String code) {
        return gazetteer.byCode(code).map(p -> gazetteer.label(p, false)).orElse(code);
    }
}
