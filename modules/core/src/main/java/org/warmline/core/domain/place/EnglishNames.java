package org.warmline.core.domain.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Place names as an English-speaking worker reads them: Hanyu Pinyin without tones, one word per
 * name, capitalised, with an apostrophe before a syllable that starts with a, e or o (Xi'an, Lu'an),
 * as in the official romanisation of Chinese place names (GB/T 16159, "Basic rules of the Chinese
 * phonetic alphabet orthography"). Syllables come from pinyin4j; where a character has several
 * readings pinyin4j's first is not always the one a place uses (重庆 is Chongqing, not Zhongqing), so
 * the readings used in place names are fixed below, and a few whole names whose reading is irregular
 * (六安 Lu'an, 蚌埠 Bengbu) are listed as such.
 */
public final class EnglishNames {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
    }

    /** Readings of polyphonic characters as they are read in place names. */
    private static final Map<Character, String> PLACE_READINGS = Map.ofEntries(
            Map.entry('重', "chong"), Map.entry('长', "chang"), Map.entry('厦', "xia"), Map.entry('莞', "guan"),
            Map.entry('朝', "chao"), Map.entry('都', "du"), Map.entry('藏', "zang"), Map.entry('乐', "le"),
            Map.entry('番', "pan"), Map.entry('宿', "su"), Map.entry('曲', "qu"), Map.entry('会', "hui"),
            Map.entry('沈', "shen"), Map.entry('济', "ji"), Map.entry('大', "da"), Map.entry('行', "xing"),
            Map.entry('阿', "a"), Map.entry('省', "sheng"), Map.entry('南', "nan"), Map.entry('和', "he"),
            Map.entry('石', "shi"), Map.entry('觉', "jue"), Map.entry('参', "shen"), Map.entry('洞', "dong"),
            Map.entry('合', "he"), Map.entry('兴', "xing"), Map.entry('中', "zhong"), Map.entry('应', "ying"),
            Map.entry('单', "shan"), Map.entry('尉', "yu"), Map.entry('蔚', "yu"), Map.entry('铅', "yan"),
            Map.entry('荥', "xing"), Map.entry('浚', "xun"), Map.entry('解', "xie"), Map.entry('盖', "gai"),
            Map.entry('柏', "bai"), Map.entry('蚌', "beng"), Map.entry('调', "diao"), Map.entry('广', "guang"));

    /** Whole names whose usual romanisation differs from their characters' place readings. */
    private static final Map<String, String> WHOLE_NAMES = Map.ofEntries(
            Map.entry("六安", "Lu'an"), Map.entry("六合", "Luhe"), Map.entry("丽水", "Lishui"), Map.entry("泌阳", "Biyang"),
            Map.entry("亳州", "Bozhou"), Map.entry("涪陵", "Fuling"), Map.entry("黄陂", "Huangpi"), Map.entry("番禺", "Panyu"),
            Map.entry("枞阳", "Zongyang"),
            // 陕西 is spelt Shaanxi to keep it apart from 山西 Shanxi (the official exception); customary names
            Map.entry("陕西", "Shaanxi"), Map.entry("内蒙古", "Inner Mongolia"), Map.entry("乌鲁木齐", "Urumqi"),
            Map.entry("呼和浩特", "Hohhot"), Map.entry("香港", "Hong Kong"), Map.entry("澳门", "Macao"));

    private EnglishNames() {
    }

    /**
     * @param chinese a place name in Chinese characters, usually without its suffix (衡阳, not 衡阳市)
     * @return the name in pinyin, e.g. "Hengyang", "Xi'an", "Chongqing"; the input itself when a
     *         character has no pinyin (a letter, a digit)
     */
    public static String of(String chinese) {
        if (chinese == null || chinese.isBlank()) {
            return "";
        }
        String whole = WHOLE_NAMES.get(chinese);
        if (whole != null) {
            return whole;
        }
        List<String> syllables = new ArrayList<>();
        for (int i = 0; i < chinese.length(); i++) {
            char c = chinese.charAt(i);
            String reading = PLACE_READINGS.get(c);
            if (reading == null) {
                String[] all;
                try {
                    all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
                } catch (BadHanyuPinyinOutputFormatCombination e) {
                    throw new IllegalStateException("pinyin4j output format is invalid", e);
                }
                if (all == null || all.length == 0) {
                    return chinese;
                }
                reading = all[0];
            }
            syllables.add(reading);
        }
        StringBuilder out = new StringBuilder();
        for (String syllable : syllables) {
            if (out.length() > 0 && "aeo".indexOf(syllable.charAt(0)) >= 0) {
                out.append('\'');
            }
            out.append(syllable);
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
