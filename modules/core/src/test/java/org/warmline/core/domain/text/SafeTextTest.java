package org.warmline.core.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void controlCharactersThatXmlForbidsAreRemoved() {
        assertEquals("ab", SafeText.forXml("a\u0001b\u0000\u001b"));
    }

    @Test
    void tabsNewlinesChineseAndEmojiStay() {
        String text = "回家\t😀\r\n腊月廿八 <b>&";
        assertEquals(text, SafeText.forXml(text));
    }

    @Test
    void unpairedSurrogatesAndNonCharactersAreRemoved() {
        assertEquals("xy", SafeText.forXml("x\uD83Dy\uFFFE"));
    }

    @Test
    void nullBecomesEmpty() {
        assertEquals("", SafeText.forXml(null));
    }
}
