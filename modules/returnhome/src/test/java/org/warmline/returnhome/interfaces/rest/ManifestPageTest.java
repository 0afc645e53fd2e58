package org.warmline.returnhome.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The printable manifest: trip header, human labels in Chinese or English, tick boxes, totals, escaping. */
class ManifestPageTest {

    private static TripRequestResource.PlaceDto place(String code, String name) {
        return new TripRequestResource.PlaceDto(code, name, name);
    }

    private final TripResource.Manifest manifest = new TripResource.Manifest(new TripResource.TripDto(7, "PUBLISHED",
            "COACH_45", 45, 6, 3, place("3301", "杭州市"), "杭州汽车东站 <北门>",
            List.of(place("3415", "六安市"), place("3412", "阜阳市")), Instant.parse("2027-01-29T00:00:00Z"),
            LocalDateTime.of(2027, 1, 29, 8, 0), "浙运", "王师傅 139****0000", null, null, null, null, false, false),
            List.of(new TripResource.ManifestLine(11, "138****6001", "王**", 2, place("3415", "六安市"), "SEAT_CONFIRMED",
                            "=HYPERLINK(\"http://evil.example\",\"click\")<script>alert(1)</script>"),
                    new TripResource.ManifestLine(12, "138****6002", null, 3, place("3415", "六安市"), "BOARDED", null),
                    new TripResource.ManifestLine(13, "138****6003", "李*", 1, place("3412", "阜阳市"), "SEAT_CONFIRMED", "轮椅")),
            6, false, null);

    @Test
    void chineseByDefaultWithTripHeaderHumanLabelsTickBoxesAndTotals() {
        String html = new ManifestPage(false).render(manifest);
        assertTrue(html.contains("<html lang=\"zh-CN\">"), html);
        assertTrue(html.contains("<h1>乘客名单 · 车次 7</h1>"), html);
        // the site's Content-Security-Policy refuses inline style and script: both come from files
        assertTrue(html.contains("href=\"/console/returnhome/manifest.css\"") && html.contains("src=\"/console/returnhome/manifest.js\""), html);
        assertTrue(!html.contains("<style") && !html.contains("onclick") && !html.contains("style=\""), html);
        assertTrue(html.contains("<dt>发车时间</dt><dd>2027年1月29日 星期五 08:00</dd>"), html);
        assertTrue(html.contains("<dt>上车地点</dt><dd>杭州汽车东站 &lt;北门&gt;</dd>"), html);
        assertTrue(html.contains("<dt>经停站</dt><dd>六安市 &rarr; 阜阳市</dd>"), html);
        assertTrue(html.contains("<dt>车型</dt><dd>大巴 45座</dd>"), html);
        assertTrue(html.contains("<dt>承运方</dt><dd>浙运</dd>") && html.contains("<dt>司机联系方式</dt><dd>王师傅 139****0000</dd>"), html);
        assertTrue(html.contains("<dt>车次状态</dt><dd>已发布</dd>"), html);
        assertTrue(html.contains("<td>已确认座位</td>") && html.contains("<td>已上车</td>"), html);
        assertFalse(html.contains("COACH_45") || html.contains(">SEAT_CONFIRMED<") || html.contains(">BOARDED<"),
                "no raw codes shown: " + html);
        assertEquals(3, html.split("<td class=\"tick\">☐</td>", -1).length - 1, "an empty tick box on every row");
        assertTrue(html.contains("已确认座位：2 组，3 人") && html.contains("已上车：1 组，3 人")
                && html.contains("全部：3 组，6 人"), html);
        assertTrue(html.contains("138****6001") && html.contains("请协调员在控制台中查看完整号码"), html);
    }

    @Test
    void englishOnRequestOrByAcceptLanguage() {
        String html = new ManifestPage(true).render(manifest);
        assertTrue(html.contains("<html lang=\"en\">") && html.contains("<h1>Passenger manifest · Trip 7</h1>"), html);
        assertTrue(html.contains("<dd>Friday, 29 January 2027, 08:00</dd>") && html.contains("<dd>Coach, 45 seats</dd>"), html);
        assertTrue(html.contains("Seat confirmed: 2 parties, 3 people") && html.contains("All: 3 parties, 6 people"), html);
        assertTrue(html.contains("the coordinator can reveal the number in the console"), html);
        assertTrue(ManifestPage.english("en", List.of(Locale.CHINESE)));
        assertFalse(ManifestPage.english("zh", List.of(Locale.ENGLISH)));
        assertTrue(ManifestPage.english(null, List.of(Locale.forLanguageTag("en-GB"), Locale.CHINESE)));
        assertFalse(ManifestPage.english(null, List.of(Locale.FRENCH, Locale.forLanguageTag("zh-CN"), Locale.ENGLISH)));
        assertFalse(ManifestPage.english(null, List.of()), "Chinese when the caller states nothing");
    }

    @Test
    void whatWorkersAndStaffTypedIsEscaped() {
        String html = new ManifestPage(false).render(manifest);
        assertTrue(html.contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)&lt;script&gt;alert(1)&lt;/script&gt;"),
                html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void exportsHaveHeadersAndStatusesInThePageLanguage() {
        var zh = new ManifestPage(false).table(manifest);
        assertEquals(List.of("申请号", "电话", "人数", "姓名", "目的地", "确认状态", "备注"), zh.header());
        assertEquals("已确认座位", zh.rows().get(0).get(5));
        assertEquals("安徽 六安", zh.rows().get(0).get(4));
        assertEquals("王**", zh.rows().get(0).get(3));
        var en = new ManifestPage(true).table(manifest);
        assertEquals(List.of("Request", "Phone", "People", "Name", "Destination", "Status", "Notes"), en.header());
        assertEquals("Seat confirmed", en.rows().get(0).get(5));
        assertEquals("Lu'an, Anhui", en.rows().get(0).get(4));
        assertEquals("乘客名单", new ManifestPage(false).sheetName());
    }
}
