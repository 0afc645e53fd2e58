package org.warmline.core.domain.place;

/** The three levels of GB/T 2260 administrative divisions Warmline uses (from the NBS data set). */
public enum PlaceLevel {
    /** 省 / 自治区 / 直辖市: 2-digit code. */
    PROVINCE,
    /** 地级市 / 州 / 盟 / 地区: 4-digit code (the data set's containers are not places). */
    CITY,
    /** 县 / 区 / 县级市 / 旗: 6-digit code. */
    COUNTY;

    /** @return the number of code digits at this level: 2, 4 or 6 */
    public int codeLength() {
        return switch (this) {
            case PROVINCE -> 2;
            case CITY -> 4;
            case COUNTY -> 6;
        };
    }
}
