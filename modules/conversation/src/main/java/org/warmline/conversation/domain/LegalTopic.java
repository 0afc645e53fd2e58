package org.warmline.conversation.domain;

/** What a legal-aid request is about, as the intake records it. */
public enum LegalTopic {
    /** 欠薪 / 拖欠工资: wages owed and unpaid. */
    WAGE_ARREARS,
    /** 工伤: injury at work. */
    WORK_INJURY,
    /** 劳动合同: no written contract, dismissal, contract terms. */
    LABOUR_CONTRACT,
    /** Anything else a worker asks legal aid about. */
    OTHER
}
