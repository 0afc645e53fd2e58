package org.warmline.conversation.domain;

/** What a worker holds to prove a wage claim or injury, as the legal intake records it. */
public enum Evidence {
    /** 考勤 / 打卡 / 记工本: attendance or work-day records. */
    ATTENDANCE_RECORD,
    /** 欠条 / 白条: a written IOU from the employer or contractor. */
    IOU,
    /** 合同 / 协议: a labour contract or agreement. */
    CONTRACT,
    /** 聊天记录 / 微信 / 短信 / 录音: messages or recordings with the employer. */
    CHAT_RECORDS,
    /** 照片 / 视频: photos or videos (of the site, the work, the injury). */
    PHOTOS,
    /** 工资条 / 工资单 / 花名册: pay slips or payroll rosters. */
    PAY_SLIPS,
    /** 工友作证 / 工友证明: co-workers' statements. */
    CO_WORKER_STATEMENTS,
    /**
     * The worker holds nothing: the employer holds the pay ledger and the attendance records and must
     * produce them, or bears the consequences (Regulations on Guaranteeing Payment of Wages to Migrant
     * Workers, Decree 724, Art. 50; the ledger is kept at least 3 years, Art. 15).
     */
    EMPLOYER_HOLDS_LEDGER
}
