package org.warmline.legalaid.domain.deadline;

/**
 * The legal clocks of a wage case, each with the rule it comes from (Chinese citation first, English second) and how
 * it counts. The labels shown to staff are in {@code deadlines.properties} (zh) / {@code deadlines_en.properties}.
 */
public enum DeadlineKind {

    /** One year to apply for arbitration; not running while employed for wages; restarted by a demand (LDMAL Art. 27). */
    ARBITRATION_LIMITATION("《劳动争议调解仲裁法》第二十七条", "LDMAL Art. 27", Unit.YEARS),
    /** Labour inspection takes breaches of the last 2 years, counted from the end of a continuing breach (LSI Art. 20). */
    INSPECTION_WINDOW("《劳动保障监察条例》第二十条", "LSI Art. 20", Unit.YEARS),
    /** Legal aid decides within 7 days of the application (Legal Aid Law Art. 43). */
    LEGAL_AID_DECISION("《法律援助法》第四十三条", "Legal Aid Law Art. 43", Unit.CALENDAR_DAYS),
    /** Legal aid assigns a lawyer within 3 days of deciding (Legal Aid Law Art. 43). */
    LAWYER_ASSIGNMENT("《法律援助法》第四十三条", "Legal Aid Law Art. 43", Unit.CALENDAR_DAYS),
    /** Without a settlement 15 days after the mediation application, arbitration may be sought (LDMAL Art. 14). */
    MEDIATION_END("《劳动争议调解仲裁法》第十四条", "LDMAL Art. 14", Unit.CALENDAR_DAYS),
    /** The inspectorate accepts a complaint within 5 working days (若干规定 Art. 18, 劳社部令第25号). */
    INSPECTION_ACCEPTANCE("《关于实施〈劳动保障监察条例〉若干规定》第十八条", "Provisions on implementing the LSI Art. 18", Unit.WORKING_DAYS),
    /** The investigation ends within 60 working days of acceptance, +30 with approval (LSI Art. 17). */
    INSPECTION_INVESTIGATION("《劳动保障监察条例》第十七条", "LSI Art. 17", Unit.WORKING_DAYS),
    /**
     * The commission decides on acceptance within 5 days of the application (LDMAL Art. 29), working days under the
     * MOHRSS rules of procedure (劳动人事争议仲裁办案规则, 人社部令第33号, supplementary provisions: "五日" means working
     * days).
     */
    ARBITRATION_ACCEPTANCE("《劳动争议调解仲裁法》第二十九条", "LDMAL Art. 29", Unit.WORKING_DAYS),
    /** The award within 45 days of acceptance, +15 with approval (LDMAL Art. 43). */
    ARBITRATION_AWARD("《劳动争议调解仲裁法》第四十三条", "LDMAL Art. 43", Unit.CALENDAR_DAYS);

    /** How a clock counts. */
    public enum Unit {
        /** Years to the corresponding day (Civil Code Art. 202), not rolled over. */
        YEARS,
        /** Calendar days, the last day rolled to the next working day (Civil Code Art. 203). */
        CALENDAR_DAYS,
        /** Working days of {@link WorkingDayCalendar}. */
        WORKING_DAYS
    }

    private final String rule;
    private final String ruleEn;
    private final Unit unit;

    DeadlineKind(String rule, String ruleEn, Unit unit) {
        this.rule = rule;
        this.ruleEn = ruleEn;
        this.unit = unit;
    }

    /** @return the rule's citation in Chinese, e.g. 《劳动争议调解仲裁法》第二十七条 */
    public String rule() {
        return rule;
    }

    /** @return the rule's citation in English, e.g. LDMAL Art. 27 */
    public String ruleEn() {
        return ruleEn;
    }

    /** @return how the clock counts */
    public Unit unit() {
        return unit;
    }
}
