package org.warmline.sms.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The base64-body rule (issue 10, point 8): only long, strictly base64, readable UTF-8 bodies are decoded. */
class Base64BodyTest {

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void longStrictBase64OfUtf8TextIsDecoded() {
        String text = "腊月二十二从杭州回安徽六安，2个人";
        assertEquals(68, b64(text).length());
        assertEquals(Optional.of(text), Base64Body.decode(b64(text)));
        String english = "I want to go home to Hengyang on January 25, just me, from Guangzhou";
        assertEquals(Optional.of(english), Base64Body.decode(b64(english)));
        assertEquals(Optional.of(text), Base64Body.decode("  " + b64(text) + "\n"), "surrounding spaces are trimmed");
    }

    @Test
    void shortWordsAndOrdinaryTextAreNeverDecoded() {
        for (String body : List.of("TEST", "abcd", "OKOK", "help", "STOP", "hello123", "huijiazhoukou", "1234",
                "我要回家", "", "腊月二十二从杭州回安徽六安，2个人", b64("我要回家"), b64("腊月二十二回六安，两个人"),
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")) {
            assertEquals(Optional.empty(), Base64Body.decode(body), body);
        }
    }

    @Test
    void anythingNotStrictOrNotReadableTextIsLeftAlone() {
        String good = b64("腊月二十二从杭州回安徽六安，2个人，老家六安");
        assertEquals(Optional.empty(), Base64Body.decode(good.substring(0, 40) + " " + good.substring(40)), "a space inside");
        assertEquals(Optional.empty(), Base64Body.decode(good.substring(0, 40) + "\n" + good.substring(40)), "a line break");
        assertEquals(Optional.empty(), Base64Body.decode(good.replace('+', '-').replace('/', '_') + "x-_y"), "URL alphabet");
        assertEquals(Optional.empty(), Base64Body.decode(good.substring(1)), "length not a multiple of 4");
        byte[] latin1 = "Grüße aus Köln, wir möchten zwei Plätze nach Hause buchen bitte".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.empty(), Base64Body.decode(Base64.getEncoder().encodeToString(latin1)), "not UTF-8");
        byte[] binary = new byte[60];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 7);
        assertEquals(Optional.empty(), Base64Body.decode(Base64.getEncoder().encodeToString(binary)), "binary");
        String digits = "0123456789".repeat(6);
        assertEquals(Optional.empty(), Base64Body.decode(b64(digits)), "no letter in the decoded text");
        String canonical = b64("我想回家过年，老家在河南周口，腊月二十八走，三个人");
        char last = canonical.charAt(canonical.length() - 2);
        if (canonical.endsWith("=") && !canonical.endsWith("==")) {
            // flip unused low bits of the last character: still decodes, but is not canonical base64
            String odd = canonical.substring(0, canonical.length() - 2) + (char) (last + 1) + "=";
            assertEquals(Optional.empty(), Base64Body.decode(odd), "non-canonical");
        }
    }
}
