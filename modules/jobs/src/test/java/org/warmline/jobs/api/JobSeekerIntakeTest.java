package org.warmline.jobs.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What the jobs module accepts as a job seeker's want and trade (the console's escalation form sends these). */
class JobSeekerIntakeTest {

    private static JobSeekerIntake intake(String want, String trade) {
        return new JobSeekerIntake(1, "cv-1", "想学电焊", want, trade, "4401", null);
    }

    @Test
    void knownWantsAndTradesAndUnknownOnesLeftOpenAreKept() {
        assertEquals("TRAINING", intake("TRAINING", "WELDER").want());
        assertEquals("GENERAL_LABOUR", intake("JOB", "GENERAL_LABOUR").trade());
        assertNull(intake(null, null).want(), "the dialog may not know yet");
    }

    @Test
    void anUnknownWantOrAMalformedTradeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> intake("HOLIDAY", null));
        assertThrows(IllegalArgumentException.class, () -> intake("JOB", "welder; drop table"));
    }
}
