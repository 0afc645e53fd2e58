package org.warmline.returnhome.interfaces.rest;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.returnhome.application.DemandBoardService;
import org.warmline.returnhome.domain.TripRequestStatus;
import org.warmline.core.infrastructure.export.TableExport;

/**
 * The printable manifest a driver or escort takes to the coach: a trip header (departure, pick-up point,
 * stops, vehicle, carrier, driver contact), one row per party with an empty tick box, totals per status,
 * and a note that phones are masked and the coordinator can reveal a number in the console. Chinese by
 * default, English on request; labels come from {@code org/warmline/returnhome/manifest*.properties}.
 * Every value shown is HTML-escaped with commons-text's {@code escapeHtml4} (notes and pick-up points
 * are typed by workers and staff).
 */
final class ManifestPage {

    private static final String BUNDLE = "org.warmline.returnhome.manifest";

    private final ResourceBundle text;
    private final Locale locale;

    /** @param english true: English labels; false: Chinese (zh-CN) */
    ManifestPage(boolean english) {
        this.locale = english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        this.text = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Chooses the language: {@code lang} if given ("en…" is English, anything else Chinese), otherwise
     * the first of the caller's Accept-Language that is Chinese or English; Chinese when none is.
     *
     * @param lang      the {@code lang} query parameter, or null
     * @param preferred the Accept-Language languages, most preferred first
     * @return whether the page is in English
     */
    static boolean english(String lang, List<Locale> preferred) {
        if (lang != null && !lang.isBlank()) {
            return lang.trim().toLowerCase(Locale.ROOT).startsWith("en");
        }
        for (Locale l : preferred) {
            if ("zh".equals(l.getLanguage())) {
                return false;
            }
            if ("en".equals(l.getLanguage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param m the manifest (phones already masked)
     * @return the HTML page
     */
    String render(TripResource.Manifest m) {
        TripResource.TripDto t = m.trip();
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"").append(locale == Locale.ENGLISH ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(esc(text.getString("title"))).append(" · ")
                .append(esc(format("trip", String.valueOf(t.id())))).append("</title>")
                // style and the print button's script come from files: the site's Content-Security-Policy
                // (style-src/script-src 'self') refuses inline ones
                .append("<link rel=\"stylesheet\" href=\"/console/returnhome/manifest.css\">")
                .append("<script src=\"/console/returnhome/manifest.js\" defer></script>")
                .append("</head><body><p class=\"screen\"><button type=\"button\" id=\"print\">")
                .append(esc(text.getString("print"))).append("</button> <a href=\"?lang=")
                .append(esc(text.getString("otherLang"))).append(m.full() ? "&amp;full=true" : "").append("\">").append(esc(text.getString("other")))
                .append("</a></p><h1>").append(esc(text.getString("title"))).append(" · ")
                .append(esc(format("trip", String.valueOf(t.id())))).append("</h1><dl class=\"trip\">");
        item(h, "departure", t.departureLocal().format(DateTimeFormatter.ofPattern(text.getString("dateTime"), locale)));
        item(h, "pickup", t.pickupPoint());
        item(h, "origin", name(t.origin()));
        item(h, "stops", t.stops().stream().map(ManifestPage::name).collect(Collectors.joining(" → ")));
        item(h, "vehicle", label("vt.", t.vehicleType()));
        item(h, "seats", format("seatsValue", t.seatsTaken(), t.capacity()));
        item(h, "carrier", t.carrier());
        item(h, "driver", t.driverContact());
        item(h, "tripStatus", label("ts.", t.status()));
        h.append("</dl><p class=\"privacy\">").append(esc(text.getString(m.full() ? "privacyFull" : "privacy")))
                .append("</p>");
        if (m.lines().isEmpty()) {
            h.append("<p>").append(esc(text.getString("empty"))).append("</p>");
        }
        h.append("<table class=\"manifest\"><thead><tr>");
        for (String col : List.of("n", "request", "name", "phone", "people", "destination", "status", "notes", "boarded")) {
            h.append("<th>").append(esc(text.getString("col." + col))).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        int n = 1;
        for (TripResource.ManifestLine l : m.lines()) {
            h.append("<tr data-request=\"").append(l.requestId()).append("\"><td class=\"num\">").append(n++)
                    .append("</td><td class=\"num\">").append(l.requestId()).append("</td><td class=\"name\">")
                    .append(esc(l.name())).append("</td><td class=\"phone\">").append(esc(l.phone()))
                    .append("</td><td class=\"num\">").append(l.partySize()).append("</td><td>")
                    .append(esc(label(l.destination()))).append("</td><td>").append(esc(label("rs.", l.status())))
                    .append("</td><td>").append(esc(l.notes())).append("</td><td class=\"tick\">☐</td></tr>");
        }
        h.append("</tbody></table><table class=\"totals\"><caption>").append(esc(text.getString("totals")))
                .append("</caption><tbody>");
        for (Map.Entry<String, int[]> e : totals(m.lines()).entrySet()) {
            h.append("<tr data-status=\"").append(esc(e.getKey())).append("\"><td>")
                    .append(esc(format("totalsRow", label("rs.", e.getKey()), e.getValue()[0], e.getValue()[1])))
                    .append("</td></tr>");
        }
        h.append("<tr data-status=\"ALL\"><td><strong>").append(esc(format("totalsAll", m.lines().size(), m.people())))
                .append("</strong></td></tr></tbody></table><p>").append(esc(text.getString("boardedCount")))
                .append("</p></body></html>");
        return h.toString();
    }

    /**
     * The manifest as a table for CSV and XLSX, with headers and statuses in this page's language (issue 10,
     * item 6): request, phone, people, name, destination (province, city, county), status, notes.
     *
     * @param m the manifest (masked, or in full after a reveal)
     * @return the table
     */
    TableExport table(TripResource.Manifest m) {
        List<List<Object>> rows = new ArrayList<>();
        for (TripResource.ManifestLine l : m.lines()) {
            rows.add(Arrays.asList(l.requestId(), l.phone(), l.partySize(), l.name(), label(l.destination()),
                    label("rs.", l.status()), l.notes()));
        }
        List<String> header = new ArrayList<>();
        for (String col : List.of("request", "phone", "people", "name", "destination", "status", "notes")) {
            header.add(text.getString("col." + col));
        }
        return new TableExport(header, rows);
    }

    /**
     * The demand board as a table for CSV and XLSX, headers in this page's language.
     *
     * @param b the board
     * @return the table
     */
    TableExport boardTable(DemandBoardService.Board b) {
        List<List<Object>> rows = new ArrayList<>();
        for (DemandBoardService.BoardRow r : b.rows()) {
            rows.add(Arrays.asList(r.provinceCode(), r.provinceName(), r.cityCode(), r.cityName(), r.countyCode(),
                    r.countyName(), r.travelDate().toString(), r.requests(), r.people()));
        }
        List<String> header = new ArrayList<>();
        for (String col : List.of("provinceCode", "province", "cityCode", "city", "countyCode", "county", "travelDate",
                "requests", "people")) {
            header.add(text.getString("board." + col));
        }
        return new TableExport(header, rows);
    }

    /** @return the manifest's sheet name in this page's language */
    String sheetName() {
        return text.getString("sheet");
    }

    /** @return the demand board's sheet name in this page's language */
    String boardSheetName() {
        return text.getString("board.sheet");
    }

    /** @return per status (in the lifecycle's order), parties and people */
    static Map<String, int[]> totals(List<TripResource.ManifestLine> lines) {
        Map<String, int[]> byStatus = new LinkedHashMap<>();
        for (TripRequestStatus s : TripRequestStatus.values()) {
            for (TripResource.ManifestLine l : lines) {
                if (s.name().equals(l.status())) {
                    int[] sum = byStatus.computeIfAbsent(s.name(), k -> new int[2]);
                    sum[0]++;
                    sum[1] += l.partySize();
                }
            }
        }
        return byStatus;
    }

    private void item(StringBuilder h, String key, String value) {
        h.append("<dt>").append(esc(text.getString(key))).append("</dt><dd>")
                .append(esc(value == null || value.isBlank() ? text.getString("none") : value)).append("</dd>");
    }

    private String label(String prefix, String code) {
        return text.containsKey(prefix + code) ? text.getString(prefix + code) : code;
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text.getString(key), locale).format(args);
    }

    private static String name(TripRequestResource.PlaceDto p) {
        return p == null ? null : p.name() == null ? p.code() : p.name();
    }

    /** @return the place with its province and city in this page's language ("浙江 杭州 萧山区" / "Xiaoshan, Hangzhou, Zhejiang") */
    private String label(TripRequestResource.PlaceDto p) {
        if (p == null) {
            return null;
        }
        Gazetteer g = Gazetteer.load();
        return g.byCode(p.code()).map(place -> g.label(place, locale == Locale.ENGLISH)).orElse(name(p));
    }

    private static String esc(String s) {
        return s == null ? "" : escapeHtml4(s);
    }
}
