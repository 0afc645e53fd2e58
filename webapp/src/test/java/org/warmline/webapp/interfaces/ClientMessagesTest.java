package org.warmline.webapp.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Exception messages as a client reads them: unknown enum values in words, no Java class names. */
class ClientMessagesTest {

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        assertEquals("unknown value FUNDAY for dayOfWeek; one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,"
                + " SATURDAY, SUNDAY", ClientMessages.of("No enum constant java.time.DayOfWeek.FUNDAY"));
    }

    @Test
    void nestedEnumIsFoundThroughItsOuterClass() {
        assertEquals("unknown value FOO for state; one of NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED",
                ClientMessages.of("No enum constant java.lang.Thread.State.FOO"));
    }

    @Test
    void enumThatCannotBeLoadedStillHidesTheClassName() {
        assertEquals("unknown value FOO for status", ClientMessages.of("No enum constant org.example.Ticket.Status.FOO"));
    }

    @Test
    void qualifiedClassNamesAreReducedToTheirSimpleName() {
        assertEquals("cannot store Ticket: too long", ClientMessages.of("cannot store org.warmline.helpdesk.domain.Ticket: too long"));
        assertEquals("party size must be 1..60, was 0", ClientMessages.of("party size must be 1..60, was 0"));
        assertNull(ClientMessages.of(null));
    }
}
