package org.warmline.core.domain.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    /** The 21 cases of shared/data/phone/phone_cn_vectors.json (computed with libphonenumber 9.0.19). */
    static Stream<JsonObject> vectors() throws Exception {
        try (InputStream in = PhoneNumberTest.class.getResourceAsStream("/phone_cn_vectors.json");
             JsonReader reader = Json.createReader(in)) {
            List<JsonObject> cases = reader.readObject().getJsonArray("cases").getValuesAs(JsonObject.class);
            assertEquals(21, cases.size(), "the vector file has 21 cases");
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everyVectorParsesToItsE164OrIsRejected(JsonObject vector) {
        String input = vector.getString("input");
        if (vector.getBoolean("valid")) {
            assertEquals(vector.getString("e164"), PhoneNumber.parse(input).e164(), input);
        } else {
            InvalidPhoneNumberException e =
                    assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumber.parse(input), input);
            String digits = input.replaceAll("\\D", "");
            assertFalse(e.getMessage().replaceAll("\\D", "").contains(digits),
                    "message must not repeat the number: " + e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "138 0013 8000", "+86 138-0013-8000", "0086 138 0013 8000",
            "8613800138000", "１３８００１３８０００", "+８６ １３８ ００１３ ８０００"})
    void chineseMobileIsAcceptedInEveryCommonWriting(String raw) {
        assertEquals("+8613800138000", PhoneNumber.parse(raw).e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "1380013800", "138001380001", "65529988"})
    void invalidTextIsRejected(String raw) {
        assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumber.parse(raw));
    }

    @Test
    void nullIsRejected() {
        assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumber.parse(null));
    }

    @Test
    void rejectionMessageDoesNotContainTheNumber() {
        InvalidPhoneNumberException e =
                assertThrows(InvalidPhoneNumberException.class, () -> PhoneNumber.parse("138001380001"));
        assertFalse(e.getMessage().contains("138001380001"));
        assertFalse(e.getMessage().contains("38001380"));
    }

    @Test
    void chineseMobileIsMaskedAsFirstThreeAndLastFour() {
        assertEquals("138****5678", new PhoneNumber("+8613812345678").masked());
        assertEquals("138****8000", PhoneNumber.parse("13800138000").masked());
    }

    @Test
    void otherNumbersKeepCountryCodeAndLastFour() {
        assertEquals("+86****9988", PhoneNumber.parse("010-65529988").masked());
        assertEquals("+1****5309", PhoneNumber.parse("+1 415 867 5309").masked());
        assertEquals("+852****4567", PhoneNumber.parse("+852 5123 4567").masked());
        assertEquals("+886****5678", PhoneNumber.parse("+886 912 345 678").masked());
    }

    @Test
    void toStringNeverShowsTheFullNumber() {
        PhoneNumber number = PhoneNumber.parse("13800138000");
        assertFalse(number.toString().contains("13800138000"));
        assertTrue(number.toString().contains("138****8000"));
    }

    @Test
    void mobileAndLandlineAreToldApartByLibphonenumber() {
        assertTrue(PhoneNumber.parse("13800138000").isMobile());
        assertFalse(PhoneNumber.parse("010-65529988").isMobile());
        assertEquals(86, PhoneNumber.parse("010-65529988").countryCode());
        assertEquals(1, PhoneNumber.parse("+1 415 867 5309").countryCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "+86", "+0123456789", "+86 138 0013 8000"})
    void constructorRequiresE164Shape(String notE164) {
        assertThrows(InvalidPhoneNumberException.class, () -> new PhoneNumber(notE164));
    }

    @Test
    void parsedNumbersAreEqualByValue() {
        assertEquals(PhoneNumber.parse("+86 138-0013-8000"), PhoneNumber.parse("0086 13800138000"));
    }
}
