package org.warmline.casenotices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warmline.conversation.api.SmsSegmentCount;
import org.warmline.legalaid.domain.notice.StepNotices;

/**
 * Every case step notice of legalaid ({@code StepNotices}), filled with its longest values, fits in two SMS
 * segments by the project's one segment counter ({@code SmsSegmentCount}: UCS-2 67 per part of a long
 * message): measured here because legalaid cannot see conversation's api, and this bridge sees both.
 */
class StepNoticeLengthTest {

    /** Eight digits: the case numbers of many seasons. */
    private static final long LONGEST_CASE = 99_999_999L;
    /** The longest date in either language (2027年12月31日, 31 Dec 2027). */
    private static final LocalDate LONGEST_DATE = LocalDate.of(2027, 12, 31);
    /** A refusal reason in Chinese (it makes an English notice UCS-2), longer than what is quoted. */
    private static final String LONG_REASON = "申请人已经通过其他途径获得帮助且案件不属于本中心受理范围".repeat(3);

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyStepNoticeAtItsLongestFitsInTwoSegments(String language) {
        StepNotices notices = new StepNotices(language);
        Set<String> texts = new LinkedHashSet<>();
        List<String> report = new ArrayList<>();
        for (String step : List.of("ACCEPTED", "ASSIGNED", "REJECTED", "MEDIATION", "INSPECTION", "ARBITRATION",
                "COURT", "CLOSED")) {
            for (LocalDate on : new LocalDate[] {null, LONGEST_DATE}) {
                for (String reason : new String[] {null, LONG_REASON}) {
                    for (Long recovered : new Long[] {null, 99_999_999_999L}) {
                        String text = notices.of(step, LONGEST_CASE, on, reason, reason, recovered).orElseThrow();
                        SmsSegmentCount count = SmsSegmentCount.of(text);
                        report.add(language + " " + step + " " + count.segments() + " seg: " + text);
                        assertTrue(count.segments() <= 2, count.segments() + " segments: " + text);
                        texts.add(text.replace(LONG_REASON.substring(0, 10), "").replaceAll("\\d", ""));
                    }
                }
            }
        }
        report.forEach(System.out::println);
        // accepted, assigned, rejected ×2 (with a reason and staff's referral, or neither), 4 proceedings ×2,
        // closed ×2: every template but the two half-filled refusals, measured below
        assertEquals(14, texts.size(), texts.toString());
        for (String[] said : new String[][] {{LONG_REASON, null}, {null, LONG_REASON}}) {
            String text = notices.of("REJECTED", LONGEST_CASE, null, said[0], said[1], null).orElseThrow();
            assertTrue(SmsSegmentCount.of(text).segments() <= 2, text);
        }
    }
}
