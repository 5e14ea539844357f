package finacct.importer.workbook;

import finacct.kernel.classification.Classification;
import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.RowKind;
import finacct.kernel.template.TableDefinition;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blank workbook of a template version, in the layout {@link WorkbookImporter} reads: a sheet 信息 with
 * 部门 / 年度 / 模板, then one sheet per table named "表N 标题" whose first row heads the row key, 名称 and every
 * 栏次 ("1" over its caption), and whose rows are the rows the template lists (行次 with their captions, 合计,
 * 人员经费合计 …). Subject tables list only their fixed rows: the department adds a row per subject code it
 * reports, as the classification of the year has thousands. So that an officer can pick a code, the workbook
 * closes with the catalogue of the year (sheets {@value #FUNCTION_SHEET} and {@value #ECONOMIC_SHEET}, which the
 * importer skips as they are not named 表N) and the code column of each subject table offers its codes as a list;
 * the list only warns, because the catalogue may be incomplete. Cells a row does not have are greyed.
 */
public final class WorkbookWriter {

    /** The sheet that names the department, the year and the template. */
    public static final String INFO_SHEET = "信息";
    /** The reference sheets of the 支出功能分类 and 经济分类 codes of the year. */
    public static final String FUNCTION_SHEET = "功能分类科目";
    public static final String ECONOMIC_SHEET = "经济分类科目";

    /** Rows of a subject table offered the code list: far more than a department reports. */
    private static final int LISTED_ROWS = 2000;
    /** The reference sheets' first code row (0-based): a line on the catalogue's source, then the heading. */
    private static final int FIRST_CODE_ROW = 2;

    public byte[] blank(ReportTemplate template, int fiscalYear, String department) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook, template.decimals());
            info(workbook.createSheet(INFO_SHEET), template, fiscalYear, department, styles);
            Map<Sheet, TableDefinition> subjectTables = new LinkedHashMap<>();
            for (TableDefinition table : template.tables()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName("表" + table.number() + " " + table.title()));
                table(sheet, table, styles);
                if (table.rowKind() == RowKind.FUNCTION_SUBJECT || table.rowKind() == RowKind.ECONOMIC_SUBJECT) {
                    subjectTables.put(sheet, table);
                }
            }
            Map<RowKind, String> codeRanges = new LinkedHashMap<>();
            for (TableDefinition table : subjectTables.values()) {
                codeRanges.computeIfAbsent(table.rowKind(), kind -> catalogue(workbook, kind, fiscalYear, styles));
            }
            subjectTables.forEach((sheet, table) -> codeList(sheet, table, codeRanges.get(table.rowKind())));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the blank workbook of " + template.version(), e);
        }
    }

    private static void info(Sheet sheet, ReportTemplate template, int fiscalYear, String department, Styles styles) {
        List<List<String>> lines = List.of(
                List.of("部门", department == null ? "" : department),
                List.of("年度", String.valueOf(fiscalYear)),
                List.of("模板", template.version()),
                List.of("单位", template.unit() == null ? "万元" : template.unit()),
                List.of("说明", "部门填部门编码或全称。各表第一行是栏次，请勿改动；金额以" + (template.unit() == null ? "万元" : template.unit())
                        + "填写，保留 " + template.decimals() + " 位小数。表2、表3、表5、表8、表9 按支出功能分类科目编码"
                        + "（类 3 位、款 5 位、项 7 位）逐行添加，表6 按经济分类科目编码（类 3 位、款 5 位）逐行添加，"
                        + "第一列填编码（可从下拉列表选择），第二列填科目名称；编码和名称见工作簿末尾的“" + FUNCTION_SHEET + "”“"
                        + ECONOMIC_SHEET + "”工作表。没有数据的单元格留空。"));
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            Cell key = row.createCell(0);
            key.setCellValue(lines.get(i).get(0));
            key.setCellStyle(styles.header);
            row.createCell(1).setCellValue(lines.get(i).get(1));
        }
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }

    private static void table(Sheet sheet, TableDefinition table, Styles styles) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(48);
        headerCell(header, 0, keyCaption(table.rowKind()), styles);
        headerCell(header, 1, "名称", styles);
        List<ColumnDefinition> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            ColumnDefinition column = columns.get(c);
            // the importer reads the 栏次 number before the caption
            headerCell(header, c + 2, column.key() + "\n" + (column.label() == null ? "" : column.label()), styles);
            sheet.setColumnWidth(c + 2, 14 * 256);
        }
        int r = 1;
        for (RowDefinition definition : table.rows()) {
            Row row = sheet.createRow(r++);
            boolean numbered = table.rowKind() == RowKind.LINES || table.rowKind() == RowKind.FIXED;
            // a subject table's fixed rows are found by their label (合计, 人员经费合计), which is what a reader expects
            row.createCell(0).setCellValue(numbered || definition.label().isEmpty() ? definition.key() : definition.label());
            row.createCell(1).setCellValue(definition.label());
            for (int c = 0; c < columns.size(); c++) {
                row.createCell(c + 2).setCellStyle(definition.allowsColumn(columns.get(c).key()) ? styles.amount : styles.none);
            }
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.createFreezePane(2, 1);
    }

    /** Writes the reference sheet of a kind's codes and names; answers the range of its codes. */
    private static String catalogue(XSSFWorkbook workbook, RowKind kind, int fiscalYear, Styles styles) {
        boolean function = kind == RowKind.FUNCTION_SUBJECT;
        Classification data = Classification.of(function ? "function" : "economic", fiscalYear);
        String name = function ? FUNCTION_SHEET : ECONOMIC_SHEET;
        Sheet sheet = workbook.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue(fiscalYear + " 年度" + data.title() + "，供选填编码参考。本表由本项目依据财政部公布的"
                + "政府收支分类科目整理（没有机器可读的官方来源），可能不全：表中没有的编码仍可填写，校验只作提示。");
        Row heading = sheet.createRow(1);
        headerCell(heading, 0, "科目编码", styles);
        headerCell(heading, 1, "科目名称", styles);
        int r = FIRST_CODE_ROW;
        for (String code : data.codes()) {
            Row row = sheet.createRow(r++);
            // as text, the way the table sheets' code column holds it and the list offers it
            row.createCell(0).setCellValue(code);
            row.createCell(1).setCellValue(data.officialName(code).orElse(""));
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        sheet.createFreezePane(0, FIRST_CODE_ROW);
        return "'" + name + "'!$A$" + (FIRST_CODE_ROW + 1) + ":$A$" + Math.max(r, FIRST_CODE_ROW + 1);
    }

    /** Offers the catalogue's codes in the code column below the fixed rows; another code is warned about, not refused. */
    private static void codeList(Sheet sheet, TableDefinition table, String codes) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int first = table.rows().size() + 1;
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(codes),
                new CellRangeAddressList(first, first + LISTED_ROWS - 1, 0, 0));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox("编码不在科目表中", "该编码不在本工作簿的分类科目表中。科目表可能不全：如编码确实有效，可选“是”继续。");
        validation.setShowPromptBox(true);
        validation.createPromptBox("科目编码", "从列表选择编码，名称见“" + (table.rowKind() == RowKind.FUNCTION_SUBJECT
                ? FUNCTION_SHEET : ECONOMIC_SHEET) + "”工作表。");
        sheet.addValidationData(validation);
    }

    private static String keyCaption(RowKind kind) {
        return switch (kind) {
            case LINES -> "行次";
            case FUNCTION_SUBJECT, ECONOMIC_SUBJECT -> "科目编码";
            case FIXED -> "行";
        };
    }

    private static void headerCell(Row row, int column, String text, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle amount;
        final CellStyle none;

        Styles(XSSFWorkbook workbook, int decimals) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat(decimals > 0 ? "0." + "0".repeat(decimals) : "0"));
            none = workbook.createCellStyle();
            none.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            none.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
