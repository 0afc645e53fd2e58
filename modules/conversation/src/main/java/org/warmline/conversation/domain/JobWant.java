package org.warmline.conversation.domain;

/** What a worker asks the jobs service for. */
public enum JobWant {
    /** 找工作 / 找活: a job referral. */
    JOB,
    /** 培训 / 学技术 / 考证: skills training. */
    TRAINING,
    /** 创业 / 小额贷款: start-up advice or a small loan. */
    STARTUP
}
