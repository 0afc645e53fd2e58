package org.warmline.core.domain.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Place names in pinyin as an English reply shows them (official spellings of the places named). */
class EnglishNamesTest {

    @ParameterizedTest
    @CsvSource({"重庆, Chongqing", "长沙, Changsha", "厦门, Xiamen", "东莞, Dongguan", "六安, Lu'an", "西安, Xi'an",
            "衡阳, Hengyang", "成都, Chengdu", "万州, Wanzhou", "安徽, Anhui", "广东, Guangdong", "蚌埠, Bengbu",
            "吕梁, Lüliang", "延安, Yan'an", "朝阳, Chaoyang", "宿州, Suzhou", "乐山, Leshan", "番禺, Panyu",
            "西藏, Xizang", "沈阳, Shenyang", "周口, Zhoukou", "深圳, Shenzhen", "陕西, Shaanxi", "山西, Shanxi",
            "内蒙古, Inner Mongolia", "乌鲁木齐, Urumqi", "呼和浩特, Hohhot"})
    void readsPlaceNamesTheWayThePlacesAreSpelt(String chinese, String english) {
        assertEquals(english, EnglishNames.of(chinese));
    }
}
