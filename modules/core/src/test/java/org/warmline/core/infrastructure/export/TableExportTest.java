package org.warmline.core.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports are opened and checked with the libraries that read them (commons-csv, Apache POI). */
class TableExportTest {

    private final TableExport table = new TableExport(List.of("county", "people", "notes"),
            List.of(Arrays.asList("六安市金安区", 12, "轮椅, \"wheelchair\""), Arrays.asList("Hengyang", 3, null)));

    @Test
    void csvIsReadBackWithChineseQuotesAndCommas() throws Exception {
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(table.csv())).get(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(List.of("county", "people", "notes"), parser.getHeaderNames());
            assertEquals("六安市金安区", records.get(0).get("county"));
            assertEquals("12", records.get(0).get("people"));
            assertEquals("轮椅, \"wheelchair\"", records.get(0).get("notes"));
            assertEquals("", records.get(1).get("notes"));
        }
    }

    @Test
    void xlsxIsReadBackWithNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx("demand")))) {
            Sheet sheet = book.getSheet("demand");
            assertEquals("county", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("六安市金安区", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(12.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void csvCellsThatWouldBeFormulasAreWrittenAsTextWithALeadingQuote() throws Exception {
        TableExport hostile = new TableExport(List.of("request", "notes"), List.of(
                Arrays.asList(1, "=HYPERLINK(\"http://evil.example\",\"click\")"),
                Arrays.asList(2, "+86 138"), Arrays.asList(3, "-2+3"), Arrays.asList(4, "@SUM(A1)"),
                Arrays.asList(5, "\tcmd"), Arrays.asList(6, "\r=1"), Arrays.asList(-7, "轮椅 = wheelchair"),
                Arrays.asList(8, "＝HYPERLINK(\"http://evil.example\")")));
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(hostile.csv())).get(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<String> notes = parser.getRecords().stream().map(r -> r.get("notes")).toList();
            assertEquals(List.of("'=HYPERLINK(\"http://evil.example\",\"click\")", "'+86 138", "'-2+3", "'@SUM(A1)",
                    "'\tcmd", "'\r=1", "轮椅 = wheelchair", "'＝HYPERLINK(\"http://evil.example\")"), notes);
        }
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(hostile.csv())).get(), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals("-7", parser.getRecords().get(6).get("request"), "a negative number is a number, not a formula");
        }
    }

    @Test
    void xlsxKeepsFormulaLikeTextAsAStringCellUnchanged() throws Exception {
        TableExport hostile = new TableExport(List.of("notes"),
                List.of(Arrays.<Object>asList("=HYPERLINK(\"http://evil.example\",\"click\")")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(hostile.xlsx("m")))) {
            var cell = book.getSheet("m").getRow(1).getCell(0);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", cell.getStringCellValue());
        }
    }
}
