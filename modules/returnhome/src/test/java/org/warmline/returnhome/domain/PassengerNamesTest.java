package org.warmline.returnhome.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A passenger's name is masked on an unrevealed manifest, keeping only its first character. */
class PassengerNamesTest {

    @Test
    void aNameKeepsItsFirstCharacterOnly() {
        assertEquals("王**", PassengerNames.masked("王建国"));
        assertEquals("L*****", PassengerNames.masked("Li Lei"));
        assertEquals("𠮷*", PassengerNames.masked("𠮷林"));
        assertNull(PassengerNames.masked(null));
    }
}
