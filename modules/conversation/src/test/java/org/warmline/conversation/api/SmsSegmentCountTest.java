package org.warmline.conversation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.warmline.conversation.api.SmsSegmentCount.Encoding;

class SmsSegmentCountTest {

    @Test
    void plainAsciiIsGsm7With160InOneAnd153PerPart() {
        assertEquals(new SmsSegmentCount(Encoding.GSM7, 160, 1), SmsSegmentCount.of("a".repeat(160)));
        assertEquals(new SmsSegmentCount(Encoding.GSM7, 161, 2), SmsSegmentCount.of("a".repeat(161)));
        assertEquals(2, SmsSegmentCount.of("a".repeat(306)).segments());
        assertEquals(3, SmsSegmentCount.of("a".repeat(307)).segments());
    }

    @Test
    void emptyTextIsOneSegment() {
        assertEquals(new SmsSegmentCount(Encoding.GSM7, 0, 1), SmsSegmentCount.of(""));
        assertEquals(1, SmsSegmentCount.of(null).segments());
    }

    @Test
    void gsmExtensionCharactersCountTwice() {
        assertEquals(new SmsSegmentCount(Encoding.GSM7, 160, 1), SmsSegmentCount.of("€".repeat(80)));
        assertEquals(new SmsSegmentCount(Encoding.GSM7, 162, 2), SmsSegmentCount.of("[".repeat(81)));
        assertEquals(Encoding.GSM7, SmsSegmentCount.of("{}^~|\\").encoding());
    }

    @Test
    void escapedCharacterIsNotSplitAcrossParts() {
        // 152 plain septets then an escape pair: the pair does not fit in the first part's last septet
        SmsSegmentCount count = SmsSegmentCount.of("a".repeat(152) + "€" + "a".repeat(153));
        assertEquals(307, count.units());
        assertEquals(3, count.segments());
    }

    @Test
    void chineseIsUcs2With70InOneAnd67PerPart() {
        assertEquals(new SmsSegmentCount(Encoding.UCS2, 70, 1), SmsSegmentCount.of("回".repeat(70)));
        assertEquals(new SmsSegmentCount(Encoding.UCS2, 71, 2), SmsSegmentCount.of("回".repeat(71)));
        assertEquals(3, SmsSegmentCount.of("回".repeat(201)).segments());
        assertEquals(4, SmsSegmentCount.of("回".repeat(202)).segments());
    }

    @Test
    void oneNonGsmCharacterMakesTheWholeTextUcs2() {
        assertEquals(new SmsSegmentCount(Encoding.UCS2, 71, 2), SmsSegmentCount.of("a".repeat(69) + "’’"));
    }

    @Test
    void charactersOutsideTheBmpTakeTwoUnitsAndAreNotSplit() {
        assertEquals(new SmsSegmentCount(Encoding.UCS2, 70, 1), SmsSegmentCount.of("😀".repeat(35)));
        assertEquals(2, SmsSegmentCount.of("😀".repeat(36)).segments());
        // 66 units then an emoji: the pair moves to the second part
        SmsSegmentCount count = SmsSegmentCount.of("回".repeat(66) + "😀" + "回".repeat(66));
        assertEquals(134, count.units());
        assertEquals(3, count.segments());
    }

    @Test
    void eightUcs2SegmentsAreSendableAndNineAreNot() {
        assertTrue(SmsSegmentCount.of("回".repeat(8 * 67)).sendable());
        assertFalse(SmsSegmentCount.of("回".repeat(8 * 67 + 1)).sendable());
    }
}
