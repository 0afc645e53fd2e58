package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.warmline.core.application.WorkerFileSource;
import org.warmline.legalaid.domain.Consultation;

/**
 * Legal aid's part of a worker's file: their consultations (read only), summarised in words
 * ("欠薪，欠3个月，9000元，紧急"), never enum names (issue 10, item 5).
 */
@ApplicationScoped
@Transactional
public class ConsultationFile implements WorkerFileSource {

    /** Chinese words for topics, months, amounts (the summary is data for Chinese-speaking staff). */
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.warmline.legalaid.file", Locale.ROOT);

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public List<Entry> entriesFor(long workerId) {
        return em.createQuery("select c from Consultation c where c.workerId = :w order by c.id desc", Consultation.class)
                .setParameter("w", workerId).setMaxResults(50).getResultList().stream()
                .map(c -> new Entry("legalaid", "consultation", c.id(), c.status(),
                        word("topic." + c.topic())
                                + (c.monthsUnpaid() == null ? "" : "，" + MessageFormat.format(WORDS.getString("months"), c.monthsUnpaid()))
                                + (c.amountFen() == null ? "" : "，" + MessageFormat.format(WORDS.getString("amount"),
                                        String.valueOf(c.amountFen() / 100)))
                                + (c.urgent() ? "，" + WORDS.getString("urgent") : ""),
                        c.createdAt()))
                .toList();
    }

    /** @return the word for a key of {@code org/warmline/legalaid/file.properties}, the key's code if it has none */
    private static String word(String key) {
        return WORDS.containsKey(key) ? WORDS.getString(key) : key.substring(key.indexOf('.') + 1);
    }
}
