package org.warmline.core.infrastructure.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table (header and rows of strings and numbers) written as CSV or XLSX. CSV is UTF-8 with a byte
 * order mark so that Excel opens Chinese text correctly; numbers stay numbers in XLSX.
 *
 * <p>Cells hold text that workers and staff typed (notes, pick-up points), so CSV cells are defended
 * against formula injection (OWASP "CSV Injection"): a text cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is written with a leading single quote, which
 * spreadsheet programs show as text and never evaluate. Numbers are written as they are. XLSX cells are
 * typed: text is stored as a string cell, never as a formula, so it needs no prefix.
 *
 * @param header column names
 * @param rows   rows; each value a String, a Number or null
 */
public record TableExport(List<String> header, List<List<Object>> rows) {

    /** CSV media type. */
    public static final String CSV = "text/csv;charset=UTF-8";
    /** XLSX media type. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** First characters that make a spreadsheet treat a CSV cell as a formula (OWASP "CSV Injection"). */
    private static final String FORMULA_START = "=+-@\t\r＝＋－＠"; // full-width forms too: spreadsheets fold them

    /** @return the table as RFC 4180 CSV, UTF-8 with BOM */
    public byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
            printer.printRecord(header.stream().map(TableExport::neutralised));
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(TableExport::neutralised));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param value a cell's value
     * @return the value for a CSV cell: text that a spreadsheet would read as a formula gets a leading
     *         single quote (OWASP "CSV Injection"); numbers and null unchanged
     */
    static Object neutralised(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    /** @param sheetName the sheet's name @return the table as an XLSX workbook with a bold header */
    public byte[] xlsx(String sheetName) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            XSSFCellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
