package org.warmline.legalaid.domain.deadline;

import com.nlf.calendar.Holiday;
import com.nlf.calendar.util.HolidayUtil;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVRecord;

/**
 * China's working days: Monday to Friday, except the public holidays, plus the weekend days worked to make up for
 * them (调休), as the State Council's yearly holiday notice arranges them. The days come from cn.6tail lunar's
 * {@link HolidayUtil} (its own data ends with 2023 in 1.6.3, the newest release on Maven Central) extended with
 * {@code holidays-cn.csv} through {@link HolidayUtil#fix(String)} for the years whose notices are in
 * {@code holiday-notices-cn.csv} (2024-2026). A year with no notice in either counts plain weekends, and every count
 * that touched such a year says so ({@link CountedDate#weekendsOnly()}): never a guessed holiday.
 *
 * <p>Periods are counted as Chinese procedure counts them: the start day is not counted (Civil Code Art. 201; Civil
 * Procedure Law on periods), and a period in calendar days whose last day is not a working day ends on the next
 * working day (Civil Code Art. 203).
 */
public final class WorkingDayCalendar {

    private static final String DAYS = "holidays-cn.csv";
    private static final String NOTICES = "holiday-notices-cn.csv";
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    /** The furthest a count may run (the longest clock is 90 working days); guards against endless loops. */
    private static final int MAX_SPAN_DAYS = 3 * 366;

    private static final class Holder {
        static final WorkingDayCalendar CHINA = load();
    }

    private final Map<Integer, HolidayNotice> notices;
    private final Map<Integer, Boolean> yearKnown = new ConcurrentHashMap<>();
    private final Map<LocalDate, Boolean> working = new ConcurrentHashMap<>();

    private WorkingDayCalendar(Map<Integer, HolidayNotice> notices) {
        this.notices = Collections.unmodifiableMap(new TreeMap<>(notices));
    }

    /**
     * @return the calendar of mainland China: lunar's HolidayUtil extended once (per class loader) with the bundled
     *         tables
     * @throws IllegalStateException when a bundled table is malformed (a build defect)
     */
    public static WorkingDayCalendar china() {
        return Holder.CHINA;
    }

    /** @return whether the day is a working day: a weekday that is no holiday, or a make-up working day (调休) */
    public boolean isWorkingDay(LocalDate day) {
        return working.computeIfAbsent(day, d -> {
            Holiday holiday = HolidayUtil.getHoliday(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            if (holiday != null) {
                return holiday.isWork();
            }
            return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
        });
    }

    /**
     * @return whether the year's holiday notice is known (in lunar's own data or in our table); a year without it is
     *         counted with weekends only
     */
    public boolean hasNotice(int year) {
        return yearKnown.computeIfAbsent(year, y -> notices.containsKey(y) || !HolidayUtil.getHolidays(y).isEmpty());
    }

    /** @return the notice of a year from our table (empty for years lunar carries itself, and unknown years) */
    public Optional<HolidayNotice> notice(int year) {
        return Optional.ofNullable(notices.get(year));
    }

    /** @return the notices in our table, by year */
    public Map<Integer, HolidayNotice> notices() {
        return notices;
    }

    /**
     * Counts working days after a start day (the start day itself is not counted).
     *
     * @param start the day the period starts (e.g. the day a complaint was received)
     * @param days  how many working days, at least 1
     * @return the last working day of the period, with the years counted on weekends only
     * @throws IllegalArgumentException when days is below 1 or above 366
     */
    public CountedDate plusWorkingDays(LocalDate start, int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("working days must be 1..366, was " + days);
        }
        SortedSet<Integer> unknown = new TreeSet<>();
        LocalDate day = start;
        int counted = 0;
        int span = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (++span > MAX_SPAN_DAYS) {
                throw new IllegalStateException("no " + days + " working days within " + MAX_SPAN_DAYS + " days of " + start);
            }
            noteYear(day, unknown);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new CountedDate(day, List.copyOf(unknown));
    }

    /**
     * Counts calendar days after a start day; when the last day is not a working day, the period ends on the next
     * working day (Civil Code Art. 203; Civil Procedure Law on periods).
     *
     * @param start the day the period starts (not counted)
     * @param days  how many calendar days, at least 1
     * @return the last day of the period, with the years whose weekends-only rule decided the roll-over
     * @throws IllegalArgumentException when days is below 1
     */
    public CountedDate plusCalendarDays(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        return rollToWorkingDay(start.plusDays(days));
    }

    /**
     * @param last the nominal last day of a period
     * @return that day when it is a working day, else the next working day (Civil Code Art. 203)
     */
    public CountedDate rollToWorkingDay(LocalDate last) {
        SortedSet<Integer> unknown = new TreeSet<>();
        LocalDate day = last;
        noteYear(day, unknown);
        int span = 0;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
            if (++span > MAX_SPAN_DAYS) {
                throw new IllegalStateException("no working day within " + MAX_SPAN_DAYS + " days of " + last);
            }
            noteYear(day, unknown);
        }
        return new CountedDate(day, List.copyOf(unknown));
    }

    private void noteYear(LocalDate day, SortedSet<Integer> unknown) {
        if (!hasNotice(day.getYear())) {
            unknown.add(day.getYear());
        }
    }

    private static WorkingDayCalendar load() {
        Map<Integer, HolidayNotice> notices = new TreeMap<>();
        for (CSVRecord row : Tables.read(NOTICES)) {
            int year = Integer.parseInt(row.get("year"));
            notices.put(year, new HolidayNotice(year, row.get("number"), row.get("title"),
                    LocalDate.parse(row.get("issued_on")), row.get("url")));
        }
        List<String> names = Arrays.asList(HolidayUtil.NAMES);
        StringBuilder data = new StringBuilder();
        for (CSVRecord row : Tables.read(DAYS)) {
            LocalDate date = LocalDate.parse(row.get("date"));
            String kind = row.get("kind");
            int name = names.indexOf(row.get("festival"));
            int year = Integer.parseInt(row.get("notice_year"));
            if (name < 0 || !notices.containsKey(year) || !("HOLIDAY".equals(kind) || "WORKDAY".equals(kind))) {
                throw new IllegalStateException("holidays-cn.csv line " + row.getRecordNumber()
                        + ": unknown festival, kind or notice year: " + row);
            }
            if ("WORKDAY".equals(kind) && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new IllegalStateException("holidays-cn.csv line " + row.getRecordNumber()
                        + ": a make-up working day must fall on a weekend: " + date);
            }
            // HolidayUtil's 18-character record: day, name index, '0' work / '1' rest, target day.
            data.append(COMPACT.format(date)).append((char) ('0' + name)).append("WORKDAY".equals(kind) ? '0' : '1')
                    .append(COMPACT.format(LocalDate.parse(row.get("target"))));
        }
        synchronized (HolidayUtil.class) {
            HolidayUtil.fix(data.toString());
        }
        return new WorkingDayCalendar(notices);
    }
}
