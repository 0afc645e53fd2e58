package org.warmline.legalaid.domain.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which claims the linker puts together, and which it keeps apart. */
class ClaimLinkerTest {

    private static final String HANGZHOU = "3301";
    private static final String NINGBO = "3302";
    private final ClaimLinker linker = new ClaimLinker();

    private static Claim claim(long id, String employer, String site, String city, List<String> chain) {
        return new Claim(id, employer, site, city, chain, List.of(id * 10), 1_000_000L);
    }

    @Test
    void fullShortenedAndSuffixVariantsInOneCityAreOneGroup() {
        List<List<Long>> groups = linker.link(List.of(
                claim(1, "杭州顺达建筑劳务有限公司", "330109", HANGZHOU, List.of()),
                claim(2, "顺达建筑", "330109", HANGZHOU, List.of()),
                claim(3, "杭州顺达建筑劳务公司", "330109", HANGZHOU, List.of())));
        assertEquals(List.of(List.of(1L, 2L, 3L)), groups);
    }

    @Test
    void theSameNameInAnotherCityIsAnotherEmployer() {
        List<List<Long>> groups = linker.link(List.of(
                claim(1, "顺达建筑劳务有限公司", "330109", HANGZHOU, List.of()),
                claim(2, "顺达建筑劳务有限公司", "330203", NINGBO, List.of())));
        assertEquals(List.of(List.of(1L), List.of(2L)), groups);
    }

    @Test
    void aShortNameThatFitsTwoEmployersLinksToNeither() {
        List<List<Long>> groups = linker.link(List.of(
                claim(1, "顺达建筑劳务有限公司", "330109", HANGZHOU, List.of()),
                claim(2, "顺达物流有限公司", "330106", HANGZHOU, List.of()),
                claim(3, "顺达", "330102", HANGZHOU, List.of()),
                claim(4, "顺达建筑", "330102", HANGZHOU, List.of())));
        assertEquals(List.of(List.of(1L, 4L), List.of(2L), List.of(3L)), groups);
    }

    @Test
    void tradeWordsAloneLinkNothing() {
        List<List<Long>> groups = linker.link(List.of(
                claim(1, "顺达建筑劳务有限公司", "330109", HANGZHOU, List.of()),
                claim(2, "建筑劳务公司", "330106", HANGZHOU, List.of())));
        assertEquals(2, groups.size());
    }

    @Test
    void theSameSiteAndContractorChainLinkWhateverTheEmployerWasCalled() {
        List<String> chain = List.of("杭州城投集团", "中建八局", "老王");
        List<List<Long>> groups = linker.link(List.of(
                claim(1, "顺达建筑劳务有限公司", "330109", HANGZHOU, chain),
                claim(2, "王老板", "330109", HANGZHOU, List.of("杭州城投集团有限公司", "中建八局", "老王")),
                claim(3, "李老板", "330106", HANGZHOU, chain)));
        assertEquals(List.of(List.of(1L, 2L), List.of(3L)), groups);
    }

    @Test
    void aBossNamedLikeAPersonLinksOnlyThroughSiteAndChain() {
        List<List<Long>> groups = linker.link(List.of(
                claim(1, "王老板", "330109", HANGZHOU, List.of("中建八局", "老王")),
                claim(2, "王老板", "330109", HANGZHOU, List.of("中建八局", "老王")),
                claim(3, "王老板", "330109", HANGZHOU, List.of())));
        assertEquals(List.of(List.of(1L, 2L), List.of(3L)), groups);
    }

    @Test
    void aNameInsideAnotherLinksOnlyWithALongBrand() {
        List<List<Long>> groups = linker.link(List.of(
                claim(1, "锦兴威建材有限公司", "330109", HANGZHOU, List.of()),
                claim(2, "兴威建材公司", "330109", HANGZHOU, List.of()),
                claim(3, "顺达鑫建筑劳务有限公司", "330109", HANGZHOU, List.of()),
                claim(4, "杭州市萧山瓜沥顺达鑫建筑劳务有限公司", "330109", HANGZHOU, List.of())));
        assertEquals(List.of(List.of(1L), List.of(2L), List.of(3L, 4L)), groups);
    }

    @Test
    void aCaseGivenTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> linker.link(List.of(
                claim(1, "a", null, null, null), claim(1, "b", null, null, null))));
    }
}
