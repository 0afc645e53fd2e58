package org.warmline.legalaid.domain.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each case step tells the claimant, in Chinese and English (lengths: casenotices' StepNoticeLengthTest). */
class StepNoticesTest {

    private final StepNotices zh = new StepNotices("zh");
    private final StepNotices en = new StepNotices("en");

    @Test
    void intakeAndScreeningSendNothing() {
        assertEquals(Optional.empty(), zh.of("INTAKE", 1, null, null, null, null));
        assertEquals(Optional.empty(), zh.of("SCREENING", 1, null, null, null, null));
        assertEquals(Optional.empty(), en.of("NOPE", 1, null, null, null, null));
    }

    @Test
    void aHearingDateIsToldInTheWorkersLanguage() {
        String z = zh.of("ARBITRATION", 17, LocalDate.of(2027, 1, 15), null, null, null).orElseThrow();
        assertEquals("【暖心热线】您的案子（17号）劳动仲裁开庭：2027年1月15日。请带身份证和证据准时到场。", z);
        String e = en.of("ARBITRATION", 17, LocalDate.of(2027, 1, 15), null, null, null).orElseThrow();
        assertTrue(e.startsWith("Warmline: arbitration hearing of your case no. 17 on 15 Jan 2027."), e);
    }

    @Test
    void aRefusalQuotesItsReasonCutAndGivesTheReferral() {
        String z = zh.of("REJECTED", 5, null, "不属于法律援助范围".repeat(5), null, null).orElseThrow();
        assertTrue(z.contains("12348") && z.contains("劳动保障监察"), z);
        assertTrue(z.contains("不属于法律援助范围不属于") && z.contains("…"), z);
        assertTrue(zh.of("REJECTED", 5, null, " ", null, null).orElseThrow().contains("未能给予法律援助。"));
        assertEquals("【暖心热线】您的案子（5号）未能给予法律援助：已有律师代理。建议：拨打12333咨询社保",
                zh.of("REJECTED", 5, null, "已有律师代理", "拨打12333咨询社保", null).orElseThrow());
    }

    @Test
    void closingTellsTheAmountRecoveredInYuan() {
        assertTrue(zh.of("CLOSED", 9, null, null, null, 850_050L).orElseThrow().contains("追回8,500.50元"));
        assertTrue(en.of("CLOSED", 9, null, null, null, 850_000L).orElseThrow().contains("8,500 yuan recovered"));
        assertTrue(zh.of("CLOSED", 9, null, null, null, null).orElseThrow().contains("已结案。"));
    }
}
