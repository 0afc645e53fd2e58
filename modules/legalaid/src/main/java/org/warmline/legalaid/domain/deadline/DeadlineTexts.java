package org.warmline.legalaid.domain.deadline;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The words staff read on a deadline, Chinese first ({@code deadlines.properties}) and English
 * ({@code deadlines_en.properties}): the clock's name, how its start was chosen, and the note on a date counted with
 * weekends only because a year's holiday notice is not in the table yet.
 */
public final class DeadlineTexts {

    private static final String BUNDLE = "org.warmline.legalaid.domain.deadline.deadlines";

    private final Locale locale;
    private final ResourceBundle bundle;

    /** @param language "en" for English, anything else for Chinese */
    public DeadlineTexts(String language) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the clock's name, e.g. 仲裁时效 */
    public String label(DeadlineKind kind) {
        return bundle.getString("kind." + kind.name());
    }

    /** @return the rule's citation in this language */
    public String rule(DeadlineKind kind) {
        return locale == Locale.ENGLISH ? kind.ruleEn() : kind.rule();
    }

    /** @return how the clock's start was chosen, one sentence */
    public String basis(Deadline.Basis basis) {
        return bundle.getString("basis." + basis.name());
    }

    /** @return the weekends-only note naming the years without a notice, or null when every year had one */
    public String calendarNote(Deadline deadline) {
        if (!deadline.weekendsOnly()) {
            return null;
        }
        String years = deadline.yearsWithoutNotice().stream().map(String::valueOf)
                .collect(Collectors.joining(locale == Locale.ENGLISH ? ", " : "、"));
        return new MessageFormat(bundle.getString("weekendsOnly"), locale).format(new Object[] {years});
    }

    /**
     * @param reason why an open case has no deadline: EMPLOYED or NO_DATES
     * @return the sentence staff read
     */
    public String missing(String reason) {
        return bundle.getString("missing." + reason);
    }

    /** @return the act-first alert (Legal Aid Law Art. 44) */
    public String actFirst() {
        return bundle.getString("actFirst");
    }
}
