package org.warmline.returnhome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warmline.returnhome.domain.Fixtures.NOW;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmline.returnhome.domain.TripRequest.ChangedBy;

/**
 * What a worker reads about a change of their trip request (issue 10, point 4): the question says what
 * changes, a refusal says why in words and whom to ask, a staff notice says what is now true and, when
 * meant for the worker, the reason; each within three SMS segments at the longest (UCS-2: 67 units a
 * part, 3GPP TS 23.038), the reason cut to {@link ChangeTexts#MAX_REASON_IN_NOTICE} characters.
 */
class ChangeTextsTest {

    private static final Map<String, String> NAMES = Map.of("3301", "杭州市", "341502", "金安区");
    private static final String LONG = "克孜勒苏柯尔克孜自治州阿合奇县";

    private static ChangeTexts zh() {
        return new ChangeTexts("zh", c -> NAMES.getOrDefault(c, c));
    }

    private static int segments(String text) {
        boolean gsm = text.chars().allMatch(c -> c < 128 && c != '`');
        return gsm ? (text.length() <= 160 ? 1 : (text.length() + 152) / 153)
                : (text.length() <= 70 ? 1 : (text.length() + 66) / 67);
    }

    @Test
    void theQuestionSaysWhatChangesAndWhetherTheSeatIsLost() {
        TripRequest r = Fixtures.confirmed(3);
        assertEquals("您的返乡申请（1月29日，杭州市→金安区，3人）将改为5人。",
                zh().question(r, TripRequestChange.partySize(5), false));
        assertTrue(zh().question(r, TripRequestChange.travelDate(Fixtures.DAY.plusDays(1)), true)
                .endsWith("改后不能坐原定的车，座位会让给别人，您将排入候补。"));
        assertEquals("将取消您的返乡申请（1月29日，杭州市→金安区，3人）。", zh().question(r, TripRequestChange.cancel(), true));
    }

    @Test
    void aRefusalWithinTwelveHoursNamesTheDepartureAndThePersonToAsk() {
        Trip trip = Fixtures.coach();
        TripRequest r = Fixtures.confirmed(1);
        trip.assign(r, List.of(), null, NOW);
        trip.publish(List.of(r), trip.departsAt().minusSeconds(3 * 3600), NOW);
        TripChangeRefused refused = r.refusal(TripRequestChange.cancel(), trip, List.of(r), ChangedBy.WORKER,
                trip.departsAt().minusSeconds(3600));
        assertEquals("您的车1月29日 08:00发车，离发车已不到12小时，不能再通过短信修改或取消。请回复“人工”，由工作人员为您处理。",
                zh().refused(refused, r, trip, TripRequestChange.cancel()));
        String en = new ChangeTexts("en", c -> "Hangzhou").refused(refused, r, trip, TripRequestChange.cancel());
        assertTrue(en.contains("Jan 29 08:00") && en.contains("operator"), en);
    }

    @Test
    void staffNoticesFitInThreeSegmentsAndCutALongReason() {
        TripRequest r = Fixtures.confirmed(60);
        String reason = "工友打电话说".repeat(20);
        for (String language : List.of("zh", "en")) {
            ChangeTexts texts = new ChangeTexts(language, c -> "en".equals(language) ? "Akqi, Kizilsu Kirghiz" : LONG);
            String changed = texts.staffNotice(r, true, reason);
            assertTrue(segments(changed) <= 3, changed.length() + ": " + changed);
            assertFalse(changed.contains(reason), "cut");
            if ("zh".equals(language)) {
                assertTrue(changed.contains("原因：工友打电话说"), "a Chinese notice keeps the reason's start: " + changed);
            }
            assertFalse(texts.staffNotice(r, false, null).contains("原因") || texts.staffNotice(r, false, null)
                    .contains("Reason"), "no reason when it is not meant for the worker");
        }
        r.cancelByWorker(NOW);
        String cancelled = new ChangeTexts("zh", c -> LONG).staffNotice(r, false, reason);
        assertTrue(cancelled.startsWith("暖心热线：工作人员已取消") && segments(cancelled) <= 3, cancelled);
    }
}
