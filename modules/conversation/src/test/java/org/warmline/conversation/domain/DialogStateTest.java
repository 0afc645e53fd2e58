package org.warmline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.warmline.conversation.domain.DialogState.Step;

class DialogStateTest {

    @Test
    void fullStateRoundTripsThroughEncodeAndDecode() {
        DialogState state = new DialogState("en", Step.PICK_ORIGIN, "500101", "5101", LocalDate.of(2027, 1, 25), 60,
                List.of("110105", "220104", "2113", "21"));
        assertEquals(state, DialogState.decode(state.encode()));
    }

    @Test
    void everyStepRoundTrips() {
        for (Step step : Step.values()) {
            DialogState state = new DialogState("zh", step, null, "3301", null, 1, List.of());
            assertEquals(state, DialogState.decode(state.encode()), step.name());
        }
    }

    @Test
    void initialStateRoundTripsAndIsCompact() {
        assertEquals(DialogState.initial(), DialogState.decode(DialogState.initial().encode()));
        assertEquals("v=2;l=zh;s=IDLE", DialogState.initial().encode());
    }

    @Test
    void largestStateEncodesWithinTheLimitAndRoundTrips() {
        String worst = ";=%\n".repeat(500);
        DialogState state = new DialogState("en", Step.PICK_SITE, DialogState.Service.LEGAL,
                new DialogState.TripSlots("659012", "659011", LocalDate.of(9999, 12, 31), LocalDate.of(9999, 12, 28),
                        LocalDate.of(9999, 12, 31), 60, worst),
                new DialogState.LegalSlots(worst, LegalTopic.WAGE_ARREARS, worst, "659001", Long.MAX_VALUE, 120, 5000,
                        java.util.EnumSet.allOf(Evidence.class), true),
                new DialogState.JobSlots(worst, JobWant.TRAINING, Trade.GENERAL_LABOUR, "659002", LocalDate.of(9999, 1, 1)),
                List.of("659001", "659002", "659003", "659004"), List.of(DialogState.Service.TRIP, DialogState.Service.JOB),
                Long.MAX_VALUE, 2, true, true);
        assertTrue(state.encode().length() <= DialogState.MAX_ENCODED, state.encode().length() + " characters");
        assertEquals(state, DialogState.decode(state.encode()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "garbage", "v=2;l=fr", "v=1;l=zh;s=IDLE", "v=2;s=NOPE", "v=2;p=61", "v=2;p=x",
            "v=2;d=abc", "v=2;t=2027-02-30", "v=2;x=1,2,3,4,5", "v=2;x=11,12,13,14,15", "v=2;l=zh;l=en", "=;=;=",
            ";;;", "\u0000\uFFFF", "v=2;;s=IDLE"})
    void nullEmptyOrGarbageDecodesToTheInitialStateWithoutThrowing(String encoded) {
        assertEquals(DialogState.initial(), DialogState.decode(encoded));
    }

    @Test
    void malformedFieldsGiveExactlyTheInitialState() {
        for (String bad : List.of("garbage", "v=2;p=0", "v=2;t=tomorrow", "v=2;s=confirm", "v=2;d=341",
                "v=2;l=zh;s=IDLE;d=3415;d=3301", "a".repeat(3001))) {
            assertEquals(DialogState.initial(), DialogState.decode(bad), bad.length() > 50 ? "long" : bad);
        }
    }

    @Test
    void unknownKeysOfTheSameVersionAreIgnored() {
        assertEquals("3415", DialogState.decode("v=2;l=zh;s=ASK_DATE;d=3415;future=yes").destinationCode());
    }

    @Test
    void constructorRejectsPartySizeOutsideOneToSixty() {
        assertThrows(IllegalArgumentException.class, () -> new DialogState("zh", Step.IDLE, null, null, null, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new DialogState("zh", Step.IDLE, null, null, null, 61, null));
    }
}
