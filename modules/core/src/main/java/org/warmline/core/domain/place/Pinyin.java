package org.warmline.core.domain.place;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless lower-case pinyin of Chinese names through pinyin4j, with every reading of polyphonic
 * characters (重庆 → chongqing and zhongqing) and ü written both as "v" and as "u" (吕梁 → lvliang,
 * luliang). Extra keys are harmless: they only ever point at the name they were made from.
 */
final class Pinyin {

    /** Cap on reading combinations per name, so that a long name full of polyphones stays cheap. */
    private static final int MAX_READINGS = 64;

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /**
     * @param chinese a name in Chinese characters
     * @return every toneless reading, syllables joined without separators (e.g. "hengyang"); empty if
     *         a character has no pinyin in pinyin4j's table
     */
    static Set<String> readings(String chinese) {
        List<String> combos = List.of("");
        for (int i = 0; i < chinese.length(); i++) {
            String[] syllables;
            try {
                syllables = PinyinHelper.toHanyuPinyinStringArray(chinese.charAt(i), FORMAT);
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException("pinyin4j output format is invalid", e);
            }
            if (syllables == null || syllables.length == 0) {
                return Set.of();
            }
            Set<String> distinct = new LinkedHashSet<>(List.of(syllables));
            List<String> next = new ArrayList<>();
            for (String prefix : combos) {
                for (String syllable : distinct) {
                    if (next.size() < MAX_READINGS) {
                        next.add(prefix + syllable);
                    }
                }
            }
            combos = next;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String combo : combos) {
            keys.add(combo);
            keys.add(combo.replace('v', 'u'));
        }
        return keys;
    }
}
