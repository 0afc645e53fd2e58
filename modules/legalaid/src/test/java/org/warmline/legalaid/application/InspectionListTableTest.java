package org.warmline.legalaid.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.warmline.legalaid.domain.linking.GroupFlag;

/** The inspection list as a table: words in Chinese and English, yuan, and hostile names kept as text. */
class InspectionListTableTest {

    private final InspectionListService service = new InspectionListService();

    private static InspectionListService.Row row(String employer) {
        return new InspectionListService.Row(1, 7, employer, "滨江一号地块", "330108", "浙江 杭州 滨江区", 12, 6_000_000L,
                100_000L, List.of(new GroupFlag(GroupFlag.Kind.TEN_OR_MORE_WORKERS, 12, 6_000_000L, 0, "法释〔2013〕3号 第三条"),
                new GroupFlag(GroupFlag.Kind.MANY_WORKERS_AMOUNT, 12, 6_000_000L, 3_000_000L, "法释〔2013〕3号 第三条")),
                new InspectionListService.Payer("GENERAL_CONTRACTOR", "中建八局", "Art. 30"),
                List.of(new InspectionListService.CaseLine(41, "ASSIGNED", List.of("IOU"), List.of("LABOUR_CONTRACT"))));
    }

    @Test
    void csvIsChineseWithYuanFlagReasonsFirstPayerAndEvidence() {
        String csv = new String(service.table(List.of(row("杭州顺达建筑劳务有限公司")), false).csv(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF排名,群组编号,用人单位,项目,工地,人数,欠薪金额（元）"), csv);
        assertTrue(csv.contains("杭州顺达建筑劳务有限公司,滨江一号地块,浙江 杭州 滨江区,12,60000.00,1000.00"), csv);
        assertTrue(csv.contains("10人以上（12人）、10人以上欠薪合计60000.00元，达本省30000.00元标准"), csv);
        assertTrue(csv.contains("施工总承包单位 中建八局,Art. 30,41,案件41（已指派）：有欠条；缺劳动合同"), csv);
    }

    @Test
    void aHostileEmployerNameIsNeutralisedInCsvAndATextCellInXlsx() throws Exception {
        String hostile = "=cmd|' /C calc'!A0";
        String csv = new String(service.table(List.of(row(hostile)), true).csv(), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",'=cmd|' /C calc'!A0,"), csv);
        assertTrue(csv.startsWith("\uFEFFRank,Group,Employer"), csv);
        byte[] xlsx = service.table(List.of(row(hostile)), true).xlsx(service.sheetName(true));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = book.getSheet("Wage inspection list").getRow(1).getCell(2);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals(hostile, cell.getStringCellValue());
            assertEquals(60000.0, book.getSheetAt(0).getRow(1).getCell(6).getNumericCellValue());
        }
    }
}
