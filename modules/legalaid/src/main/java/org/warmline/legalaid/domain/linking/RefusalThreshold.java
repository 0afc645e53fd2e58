package org.warmline.legalaid.domain.linking;

import java.util.Map;

/**
 * A province's amounts for the crime of refusing to pay wages (拒不支付劳动报酬罪, Criminal Law Art.
 * 276-1), as the group flag rule uses them. The Supreme People's Court's interpretation of 2013-01-16
 * (法释〔2013〕3号) Art. 3 sets the ranges — one worker: three months' wages or more and 5,000 to 20,000
 * yuan or more; ten workers or more: 30,000 to 100,000 yuan in total — and each province fixes its
 * figures inside them (research A2).
 *
 * @param provinceCode   2-digit GB/T 2260 province code, or "" for the default
 * @param oneWorkerFen   one worker's amount, in fen
 * @param manyWorkersFen the total for ten or more workers, in fen
 * @param source         where the figures come from
 */
public record RefusalThreshold(String provinceCode, long oneWorkerFen, long manyWorkersFen, String source) {

    /** The SPC range's floor, used for provinces without a figure of their own: 5,000 / 30,000 yuan. */
    public static final RefusalThreshold DEFAULT = new RefusalThreshold("", 500_000L, 3_000_000L,
            "最高人民法院 法释〔2013〕3号 第三条 (floor of the range)");

    /**
     * Provinces whose own figures we hold (research A2): Jiangsu 10,000 / 60,000, Hunan 6,000 / 40,000.
     * A province missing here gets {@link #DEFAULT}.
     */
    private static final Map<String, RefusalThreshold> PROVINCES = Map.of(
            "32", new RefusalThreshold("32", 1_000_000L, 6_000_000L, "江苏省定数额 1万/6万元 (法释〔2013〕3号 第三条; research A2)"),
            "43", new RefusalThreshold("43", 600_000L, 4_000_000L, "湖南省定数额 6千/4万元 (法释〔2013〕3号 第三条; research A2)"));

    /** @throws IllegalArgumentException if an amount is not positive */
    public RefusalThreshold {
        if (oneWorkerFen <= 0 || manyWorkersFen <= 0) {
            throw new IllegalArgumentException("threshold amounts must be positive fen");
        }
    }

    /**
     * @param placeCode a GB/T 2260 code of any level (its first two digits are the province); may be null
     * @return the province's figures, else {@link #DEFAULT}
     */
    public static RefusalThreshold forPlace(String placeCode) {
        if (placeCode == null || placeCode.length() < 2) {
            return DEFAULT;
        }
        return PROVINCES.getOrDefault(placeCode.substring(0, 2), DEFAULT);
    }
}
