package org.warmline.conversation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A trade typed by staff is read as the bot reads it from a worker. */
class TradeWordsTest {

    @Test
    void workersWordsAndStandardNamesBecomeTheStandardTrade() {
        assertEquals(Optional.of("WELDER"), TradeWords.read("焊工"));
        assertEquals(Optional.of("WELDER"), TradeWords.read("电焊"));
        assertEquals(Optional.of("GENERAL_LABOUR"), TradeWords.read("普工"));
        assertEquals(Optional.of("WELDER"), TradeWords.read("Welder"));
        assertEquals(Optional.of("GENERAL_LABOUR"), TradeWords.read("general_labour"));
        assertTrue(TradeWords.read("随便").isEmpty());
        assertTrue(TradeWords.read("  ").isEmpty());
    }
}
