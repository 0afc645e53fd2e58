package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.warmline.legalaid.domain.CaseTopic;

/**
 * Canned answers per consultation topic, citing the law (issue 12, point 1), from the resource bundle
 * {@code org/warmline/legalaid/canned_zh.properties} (Chinese first) and {@code canned_en.properties}: keys
 * {@code <TOPIC>.<n>.title} and {@code <TOPIC>.<n>.text}, n = 1, 2, … without gaps.
 */
@ApplicationScoped
public class CannedAnswers {

    /**
     * One canned answer.
     *
     * @param key   stable key, e.g. {@code LABOUR_CONTRACT.1}
     * @param topic its topic
     * @param title a short title
     * @param text  the answer to send, citing the law
     */
    public record Canned(String key, String topic, String title, String text) { }

    /**
     * @param topic    a topic, or null for every topic
     * @param language "en" for English, anything else Chinese
     * @return the canned answers, by topic then number
     */
    public List<Canned> of(CaseTopic topic, String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.CHINESE;
        ResourceBundle bundle = ResourceBundle.getBundle("org.warmline.legalaid.canned", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<CaseTopic> topics = topic == null ? List.of(CaseTopic.values()) : List.of(topic);
        List<Canned> answers = new java.util.ArrayList<>();
        for (CaseTopic t : topics) {
            for (int n = 1; bundle.containsKey(t.name() + "." + n + ".text"); n++) {
                String key = t.name() + "." + n;
                answers.add(new Canned(key, t.name(), bundle.getString(key + ".title"), bundle.getString(key + ".text")));
            }
        }
        return answers;
    }
}
