package org.warmline.returnhome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warmline.returnhome.domain.Fixtures.NOW;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Passenger texts carry date, time, pick-up point, seats and the reply choices, and stay within two
 * SMS segments at the longest pick-up point. Segment rule (3GPP TS 23.038, Twilio "What the heck is a
 * segment?"): a text with any non-GSM character is UCS-2, 67 UTF-16 units per part of a concatenated
 * message, so two segments hold 134 units; a pure GSM-7 text holds 2 × 153 septets.
 */
class NoticeTextsTest {

    private static final String LONGEST_PICKUP = "杭州汽车东站北广场三号门旁边的停车场入口东侧出口";

    private static int segments(String text) {
        boolean gsm = text.chars().allMatch(c -> c < 128 && c != '`');
        int units = text.length();
        if (gsm) {
            return units <= 160 ? 1 : (units + 152) / 153;
        }
        return units <= 70 ? 1 : (units + 66) / 67;
    }

    private static Trip trip(String pickup) {
        return new Trip(VehicleType.COACH_45, null, "3301", pickup, List.of("3415"),
                Fixtures.DAY.atTime(8, 0).atZone(Trip.ZONE).toInstant(), null, null, NOW);
    }

    @Test
    void offerNamesDateTimePickupSeatsAndTheReplyChoices() {
        Trip t = trip("杭州汽车东站");
        t.identify(1);
        TripRequest r = Fixtures.confirmed(2);
        t.assign(r, List.of(), null, NOW);
        t.publish(List.of(r), Fixtures.DAY.atTime(8, 0).atZone(Trip.ZONE).toInstant().minus(Duration.ofHours(48)), NOW);
        assertEquals("暖途返乡：1月29日 08:00在杭州汽车东站上车，2座。请在1月27日 08:00前回复1确认 2取消",
                new NoticeTexts("zh").offer(t, r));
        String en = new NoticeTexts("en").offer(t, r);
        assertTrue(en.contains("Jan 29 08:00") && en.contains("2 seat(s)") && en.contains("Reply 1 to confirm, 2 to cancel"), en);
    }

    @Test
    void everyNoticeFitsInTwoSegmentsAtTheLongestPickupPoint() {
        assertEquals(Trip.MAX_PICKUP, LONGEST_PICKUP.length());
        Trip t = trip(LONGEST_PICKUP);
        t.identify(2);
        TripRequest r = Fixtures.confirmed(60, "341502", Fixtures.DAY, null, null);
        Trip train = new Trip(VehicleType.TRAIN_BLOCK, 100, "3301", LONGEST_PICKUP, List.of("3415"), t.departsAt(), null, null, NOW);
        train.identify(3);
        train.assign(r, List.of(), null, NOW);
        train.publish(List.of(r), t.departsAt().minus(Duration.ofHours(30)), NOW);
        for (String language : List.of("zh", "en")) {
            for (boolean inChat : List.of(false, true)) {
                NoticeTexts texts = new NoticeTexts(language, inChat);
                for (String text : List.of(texts.offer(train, r), texts.reminder(train, r), texts.changed(train),
                        texts.cancelled(train), texts.accepted(train, r), texts.declined(), texts.offerExpired(),
                        texts.waiting(r), texts.confirmedSeat(train, r))) {
                    assertTrue(segments(text) <= 2, language + ": " + text.length() + " units: " + text);
                }
            }
        }
    }

    @Test
    void aWorkerToldInTheChatIsPromisedNewsInTheChatNotBySms() {
        Trip t = trip("杭州汽车东站");
        TripRequest r = Fixtures.confirmed(2);
        for (String text : List.of(new NoticeTexts("zh", true).cancelled(t), new NoticeTexts("zh", true).waiting(r))) {
            assertTrue(text.contains("在这个对话里通知您") && !text.contains("短信"), text);
        }
        assertTrue(new NoticeTexts("zh", false).waiting(r).contains("短信通知"));
        assertTrue(new NoticeTexts("en", true).cancelled(t).contains("in this chat"));
    }
}
