package org.warmline.legalaid.domain.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads this package's CSV tables (UTF-8, a header row, '#' lines are the SOURCE notes). */
final class Tables {

    private static final String DIR = "/org/warmline/legalaid/domain/deadline/";

    private Tables() {
    }

    /**
     * @param name the file name beside this class, e.g. {@code holidays-cn.csv}
     * @return its rows, by header name
     * @throws IllegalStateException when the resource is missing
     * @throws UncheckedIOException  when it cannot be read
     */
    static List<CSVRecord> read(String name) {
        try (InputStream in = Tables.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + name, e);
        }
    }

    /**
     * @param siteCode a GB/T 2260 code (2, 4 or 6 digits) or null
     * @return its province prefix (2 digits), or null when the code is missing or not numeric
     */
    static String provinceOf(String siteCode) {
        if (siteCode == null || siteCode.length() < 2 || !siteCode.substring(0, 2).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return siteCode.substring(0, 2);
    }
}
