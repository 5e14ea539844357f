package finacct.importer.workbook;

import finacct.importer.DocumentImporters;
import finacct.importer.ImportedDocument;
import finacct.importer.SampleDocuments;
import finacct.kernel.events.Figure;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blank workbook of every template version, filled in as an officer would (figures typed as numbers into the
 * listed rows, a row added per subject code), imports to the figures it was filled with: for the sample, the
 * figures its published text gives.
 */
class BlankWorkbookTest {

    static List<String> versions() {
        return ReportTemplates.versions();
    }

    @ParameterizedTest
    @MethodSource("versions")
    void theBlankWorkbookFilledWithTheSamplesFiguresImportsToTheSameFigures(String version) throws IOException {
        ImportedDocument sample = DocumentImporters.read("dongxihu.txt", "text/plain",
                SampleDocuments.dongxihu().getBytes(StandardCharsets.UTF_8));
        ReportTemplate template = ReportTemplates.get(version);
        // the figures this version's rows and columns accept (a Shanghai 表9 has other columns than Wuhan's)
        List<Figure> accepted = sample.figures().stream()
                .filter(f -> template.cellProblem(f.table(), f.row(), f.column()).isEmpty()).toList();
        if (version.equals(sample.templateVersion())) {
            assertThat(accepted).hasSameSizeAs(sample.figures());
        }
        assertThat(accepted).hasSizeGreaterThan(100);

        byte[] blank = new WorkbookWriter().blank(template, template.fiscalYears().get(0), null);
        byte[] filled = fill(blank, sample.departmentName(), accepted);
        ImportedDocument imported = DocumentImporters.read("决算.xlsx", null, filled);

        assertThat(imported.unplaced()).isEmpty();
        assertThat(imported.templateVersion()).isEqualTo(version);
        assertThat(imported.fiscalYear()).isEqualTo(template.fiscalYears().get(0));
        assertThat(imported.departmentName()).isEqualTo(sample.departmentName());
        assertThat(imported.figures()).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(imported.tablesFound()).containsExactlyInAnyOrderElementsOf(
                template.tables().stream().map(t -> t.id()).toList());
    }

    @Test
    void theBlankWorkbookNamesItsYearAndTemplateAndHeadsEveryColumnWithItsNumberAndCaption() throws IOException {
        ReportTemplate template = ReportTemplates.get("MOF-2021");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new WorkbookWriter().blank(template, 2021, null)))) {
            Sheet info = wb.getSheet("信息");
            assertThat(info.getRow(1).getCell(0).getStringCellValue()).isEqualTo("年度");
            assertThat(info.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2021");
            assertThat(info.getRow(2).getCell(1).getStringCellValue()).isEqualTo("MOF-2021");
            Sheet t1 = wb.getSheetAt(1);
            assertThat(t1.getSheetName()).startsWith("表1");
            assertThat(t1.getRow(0).getCell(2).getStringCellValue()).isEqualTo("1\n收入金额");
            assertThat(t1.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(t1.getRow(1).getCell(1).getStringCellValue()).isEqualTo("一、一般公共预算财政拨款收入");
            assertThat(t1.getLastRowNum()).isEqualTo(60);
            Sheet t6 = wb.getSheetAt(6);
            assertThat(t6.getSheetName()).startsWith("表6");
            assertThat(t6.getRow(0).getCell(0).getStringCellValue()).isEqualTo("科目编码");
            assertThat(t6.getRow(1).getCell(0).getStringCellValue()).isEqualTo("人员经费合计");
        }
        // an unfilled blank imports as nine found tables without a figure
        byte[] blank = new WorkbookWriter().blank(template, 2021, "420112-CZJ");
        ImportedDocument empty = DocumentImporters.read("决算.xlsx", null, blank);
        assertThat(empty.figures()).isEmpty();
        assertThat(empty.unplaced()).isEmpty();
        assertThat(empty.departmentName()).isEqualTo("420112-CZJ");
        assertThat(empty.emptyTables()).hasSize(9);
    }

    @Test
    void theBlankWorkbookListsTheYearsCodesAndOffersThemInTheCodeColumnOfEverySubjectTable() throws IOException {
        ReportTemplate template = ReportTemplates.get("MOF-2020");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new WorkbookWriter().blank(template, 2020, null)))) {
            Sheet function = wb.getSheet("功能分类科目");
            assertThat(function).as("the 功能分类科目 sheet").isNotNull();
            assertThat(function.getRow(0).getCell(0).getStringCellValue()).contains("2020", "本项目", "可能不全");
            assertThat(nameOf(function, "2010350")).hasValue("事业运行");
            assertThat(nameOf(function, "201")).hasValue("一般公共服务支出");
            // 20139 社会工作事务 was added in 2024: not a 2020 code
            assertThat(nameOf(function, "20139")).isEmpty();
            assertThat(nameOf(wb.getSheet("经济分类科目"), "30201")).hasValue("办公费");

            for (String table : List.of("T2", "T3", "T5", "T8", "T9", "T6")) {
                Sheet sheet = tableSheet(wb, table);
                assertThat(sheet.getDataValidations()).as(table).hasSize(1);
                DataValidation list = sheet.getDataValidations().get(0);
                assertThat(list.getErrorStyle()).as(table).isEqualTo(DataValidation.ErrorStyle.WARNING);
                assertThat(list.getValidationConstraint().getFormula1()).as(table)
                        .startsWith(table.equals("T6") ? "'经济分类科目'!$A$3:$A$" : "'功能分类科目'!$A$3:$A$");
                var region = list.getRegions().getCellRangeAddress(0);
                // the code column, from just below the fixed rows (表3: 合计 in row 2) down
                assertThat(region.getFirstColumn()).isZero();
                assertThat(region.getLastColumn()).isZero();
                assertThat(region.getFirstRow()).isEqualTo(template.table(table).orElseThrow().rows().size() + 1);
                assertThat(region.getLastRow()).isGreaterThan(1000);
            }
            assertThat(tableSheet(wb, "T1").getDataValidations()).isEmpty();
        }
    }

    @Test
    void aNameLookedUpByFormulaImportsAsItsComputedNameAndTheReferenceSheetsAreNotTables() throws IOException {
        ReportTemplate template = ReportTemplates.get("MOF-2020");
        byte[] blank = new WorkbookWriter().blank(template, 2020, "420112-CZJ");
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet t3 = tableSheet(wb, "T3");
            Row row = t3.createRow(2);
            row.createCell(0).setCellValue("2010350");
            row.createCell(1).setCellFormula("VLOOKUP(A3,'功能分类科目'!$A:$B,2,FALSE)");
            row.createCell(columnIndex(t3, "1")).setCellValue(12.5);
            // as Excel does on saving: the formula's value is cached in the file
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            filled = out.toByteArray();
        }
        ImportedDocument imported = DocumentImporters.read("决算.xlsx", null, filled);
        assertThat(imported.unplaced()).isEmpty();
        assertThat(imported.figures()).containsExactly(new Figure("T3", "2010350", "1", "12.50", "事业运行"));
        assertThat(imported.tablesFound()).hasSize(9);
    }

    private static Optional<String> nameOf(Sheet catalogue, String code) {
        for (Row row : catalogue) {
            if (row.getRowNum() >= 2 && row.getCell(0).getStringCellValue().equals(code)) {
                return Optional.of(row.getCell(1).getStringCellValue());
            }
        }
        return Optional.empty();
    }

    /** Types the figures into the blank as an officer would: numbers where the row is listed, a new row per code. */
    private static byte[] fill(byte[] blank, String department, List<Figure> figures) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getSheet("信息").getRow(0).getCell(1).setCellValue(department);
            for (Figure f : figures) {
                Sheet sheet = tableSheet(wb, f.table());
                Row row = rowFor(sheet, f);
                Cell cell = row.getCell(columnIndex(sheet, f.column()));
                cell = cell == null ? row.createCell(columnIndex(sheet, f.column())) : cell;
                BigDecimal value = new BigDecimal(f.value());
                if (value.scale() == 2) {
                    cell.setCellValue(value.doubleValue());
                } else {
                    cell.setCellValue(f.value()); // typed as text, it keeps the decimals it was printed with
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Sheet tableSheet(XSSFWorkbook wb, String table) {
        for (Sheet s : wb) {
            if (s.getSheetName().startsWith("表" + table.substring(1) + " ")) {
                return s;
            }
        }
        throw new AssertionError("no sheet for " + table);
    }

    private static Row rowFor(Sheet sheet, Figure f) {
        Map<String, Row> byKey = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                byKey.put(row.getCell(0).getStringCellValue(), row);
            }
        }
        String printed = switch (f.row()) {
            case "total" -> "合计";
            case "personnel_total" -> "人员经费合计";
            case "public_total" -> "公用经费合计";
            default -> f.row();
        };
        Row row = byKey.get(printed);
        if (row == null) {
            row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue(f.row());
            if (f.name() != null) {
                row.createCell(1).setCellValue(f.name());
            }
        }
        return row;
    }

    private static int columnIndex(Sheet sheet, String column) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().split("\n")[0].equals(column)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + column + " in " + sheet.getSheetName());
    }
}
