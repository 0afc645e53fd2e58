package org.warmline.core.domain.place;

/** The three levels of GB/T 2260 administrative divisions Warmline uses. */
public enum PlaceLevel {
    /** 省 / 自治区 / 直辖市: 2-digit code. */
    PROVINCE,
    /** 地级市 / 州 / 盟 (and a municipality's districts container): 4-digit code. */
    CITY,
    /** 县 / 区 / 县级市: 6-digit code. */
    COUNTY
}
