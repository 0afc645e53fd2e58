package org.warmline.legalaid.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a consultation or case is about (issue 12, point 1). Wage arrears (欠薪) is the one legal aid
 * carries through the whole lifecycle; the others are answered and may become cases too.
 */
public enum CaseTopic {
    /** Unpaid wages (欠薪): Decree 724 (保障农民工工资支付条例), LDMAL Art. 27. */
    WAGE_ARREARS,
    /** Work injury (工伤). */
    WORK_INJURY,
    /** Labour contract (劳动合同): no written contract, dismissal (LCL Art. 82, 87). */
    LABOUR_CONTRACT,
    /** Social insurance (社会保险) not paid in. */
    SOCIAL_INSURANCE,
    /** Anything else. */
    OTHER;

    /**
     * @param code a topic name as sent (WAGE_ARREARS …), or null
     * @return the topic, empty for null or an unknown name
     */
    public static Optional<CaseTopic> parse(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
