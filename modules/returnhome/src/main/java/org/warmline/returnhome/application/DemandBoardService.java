package org.warmline.returnhome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.returnhome.domain.TripRequest;

/**
 * The demand board for coordinators (issue 6, item 2): requests grouped by destination (province,
 * city, county) and travel date with counts of requests and people, and a chart series of people per
 * day per destination province. No personal data: counts only.
 */
@ApplicationScoped
public class DemandBoardService {

    /** Most requests read for one board. */
    public static final int MAX_REQUESTS = 50_000;

    @Inject
    TripRequestService requests;

    @Inject
    Gazetteer gazetteer;

    /**
     * One cell of the board.
     *
     * @param provinceCode province code
     * @param provinceName province name
     * @param cityCode     city (prefecture) code, or null (municipality counties, province-level requests)
     * @param cityName     city name, or null
     * @param countyCode   county code, or null for a request naming only a city or province
     * @param countyName   county name, or null
     * @param travelDate   the day asked for
     * @param requests     number of requests (parties)
     * @param people       people (seats)
     */
    public record BoardRow(String provinceCode, String provinceName, String cityCode, String cityName,
                           String countyCode, String countyName, LocalDate travelDate, int requests, int people) { }

    /**
     * People per day for one destination province (one line of the chart).
     *
     * @param provinceCode province code
     * @param provinceName province name
     * @param peoplePerDay people by travel date, ascending
     */
    public record ChartSeries(String provinceCode, String provinceName, Map<LocalDate, Integer> peoplePerDay) { }

    /**
     * The board.
     *
     * @param rows   grouped rows, by province, city, county, date
     * @param chart  people per day per destination province
     * @param requests total requests
     * @param people total people
     */
    public record Board(List<BoardRow> rows, List<ChartSeries> chart, int requests, int people) { }

    /**
     * @param scope  who asks: only requests whose origin or destination their help centre serves
     * @param filter origin, date range, statuses
     * @return the board
     */
    public Board board(CentreScope scope, TripRequestService.RequestFilter filter) {
        List<TripRequest> found = requests.search(scope, filter, MAX_REQUESTS);
        Map<String, int[]> cells = new TreeMap<>();
        Map<String, Map<LocalDate, Integer>> chart = new TreeMap<>();
        for (TripRequest r : found) {
            String key = r.destinationCode() + "|" + r.travelDate();
            int[] c = cells.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            c[1] += r.partySize();
            chart.computeIfAbsent(r.destinationCode().substring(0, 2), k -> new TreeMap<>())
                    .merge(r.travelDate(), r.partySize(), Integer::sum);
        }
        List<BoardRow> rows = new ArrayList<>();
        cells.forEach((key, c) -> {
            String code = key.substring(0, key.indexOf('|'));
            LocalDate date = LocalDate.parse(key.substring(key.indexOf('|') + 1));
            Optional<Place> place = gazetteer.byCode(code);
            String province = code.substring(0, 2);
            String city = place.map(Place::cityCode).orElse(code.length() >= 4 ? code.substring(0, 4) : null);
            String county = code.length() == 6 ? code : null;
            rows.add(new BoardRow(province, name(province), city, name(city), county, name(county), date, c[0], c[1]));
        });
        rows.sort(Comparator.comparing(BoardRow::provinceCode)
                .thenComparing(r -> r.cityCode() == null ? "" : r.cityCode())
                .thenComparing(r -> r.countyCode() == null ? "" : r.countyCode())
                .thenComparing(BoardRow::travelDate));
        List<ChartSeries> series = new ArrayList<>();
        chart.forEach((p, days) -> series.add(new ChartSeries(p, name(p), days)));
        return new Board(rows, series, found.size(), found.stream().mapToInt(TripRequest::partySize).sum());
    }

    private String name(String code) {
        return code == null ? null : gazetteer.byCode(code).map(Place::name).orElse(null);
    }
}
