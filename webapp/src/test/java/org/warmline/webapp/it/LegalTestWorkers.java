package org.warmline.webapp.it;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data for the legal-aid ITs that share one server: unique employers and phone numbers per class, and
 * phones masked as the API shows them. Company names are spelled with the heavenly stems (甲乙丙…), never
 * with numerals: a run of numerals can name a place (二七 is a district of Zhengzhou) and turn a wage claim
 * into a trip home.
 */
final class LegalTestWorkers {

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    private LegalTestWorkers() {
    }

    /**
     * @param brand  the first character of the name, one per IT class (e.g. 恒, 鑫)
     * @param suffix the trade and legal form, e.g. 劳务有限公司
     * @return a unique company name the bot reads as the employer, e.g. 恒丁乙甲戊劳务有限公司
     */
    static String company(String brand, String suffix) {
        StringBuilder name = new StringBuilder(brand);
        int n = ThreadLocalRandom.current().nextInt(10_000, 100_000);
        for (char c : String.valueOf(n).toCharArray()) {
            name.append(STEMS.charAt(c - '0'));
        }
        return name.append(suffix).toString();
    }

    /**
     * @param prefix the class's own E.164 prefix of 10 digits after +, e.g. +861351260
     * @return a unique mobile number under that prefix
     */
    static String phone(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(1000, 10_000);
    }

    /** @param phone an E.164 +86 mobile @return it masked as lists show it (135****1234) */
    static String masked(String phone) {
        return phone.substring(3, 6) + "****" + phone.substring(phone.length() - 4);
    }
}
