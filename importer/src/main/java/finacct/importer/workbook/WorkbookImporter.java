package finacct.importer.workbook;

import finacct.importer.DocumentUnreadableException;
import finacct.importer.ImportedDocument;
import finacct.importer.Unplaced;
import finacct.importer.text.TextNormalizer;
import finacct.importer.text.Token;
import finacct.kernel.events.Figure;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.TableDefinition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an Excel workbook (.xlsx) with one sheet per table, named 表1…表9 or T1…T9 (a title may follow:
 * "表3 支出决算表"). In each table sheet the first row is the header: the row key column (行次 / 科目编码 /
 * 行), an optional name column (名称 / 科目名称), then one column per 栏次, headed by its number ("1", "2", …),
 * alone or before its caption ("1 收入金额"; {@link WorkbookWriter} writes the blank workbook so).
 * Each further row is a template row: its 行次, subject code or fixed row (合计 / total, 人员经费合计 /
 * personnel_total, …). A sheet named 信息 (or info) holds 部门 / 年度 / 模板 in its first two columns.
 */
public final class WorkbookImporter {

    private static final Pattern TABLE_SHEET = Pattern.compile("^(?:表|T)\\s*([1-9])(?:\\D.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED_CAPTION = Pattern.compile("^(\\d{1,2})栏?\\D.*$");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private final DataFormatter formatter = new DataFormatter();

    public ImportedDocument read(byte[] xlsx) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Map<String, String> info = info(workbook);
            Integer year = year(info.get("year"));
            if (year == null) {
                throw new DocumentUnreadableException("工作簿缺少“信息”工作表中的年度（第一列“年度”，第二列如 2020）");
            }
            ReportTemplate template = template(info.get("template"), year);
            List<Figure> figures = new ArrayList<>();
            List<Unplaced> unplaced = new ArrayList<>();
            List<String> found = new ArrayList<>();
            List<String> empty = new ArrayList<>();
            for (Sheet sheet : workbook) {
                Matcher m = TABLE_SHEET.matcher(sheet.getSheetName().strip());
                if (!m.matches()) {
                    continue;
                }
                TableDefinition table = template.table("T" + m.group(1)).orElseThrow();
                int before = figures.size();
                readTable(sheet, table, template.decimals(), figures, unplaced);
                found.add(table.id());
                if (figures.size() == before) {
                    empty.add(table.id());
                }
            }
            if (found.isEmpty()) {
                throw new DocumentUnreadableException("工作簿中没有名为 表1…表9 或 T1…T9 的工作表");
            }
            return new ImportedDocument(info.get("department"), List.of(), year, template.version(), found, figures,
                    List.of(), List.of(), List.of(), unplaced, empty);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentUnreadableException d) {
                throw d;
            }
            throw new DocumentUnreadableException("无法按 Excel 工作簿（.xlsx）读取：" + e.getMessage(), e);
        }
    }

    private void readTable(Sheet sheet, TableDefinition table, int decimals, List<Figure> figures,
                           List<Unplaced> unplaced) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            return;
        }
        Map<Integer, String> columnAt = new HashMap<>();
        int nameAt = -1;
        for (Cell cell : header) {
            String caption = TextNormalizer.compact(text(cell));
            Optional<String> column = columnKey(table, caption);
            if (column.isPresent()) {
                columnAt.put(cell.getColumnIndex(), column.get());
            } else if (caption.contains("名称")) {
                nameAt = cell.getColumnIndex();
            }
        }
        String where = sheet.getSheetName();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null || text(row.getCell(0)).isBlank()) {
                continue;
            }
            String printed = TextNormalizer.compact(text(row.getCell(0)));
            Optional<String> key = rowKey(table, printed);
            String name = nameAt >= 0 && row.getCell(nameAt) != null ? text(row.getCell(nameAt)).strip() : null;
            for (Map.Entry<Integer, String> column : columnAt.entrySet()) {
                Cell cell = row.getCell(column.getKey());
                String value = cell == null ? "" : amount(cell, decimals);
                if (value.isEmpty()) {
                    continue;
                }
                String line = where + " 第 " + (r + 1) + " 行";
                if (!AMOUNT.matcher(value).matches()) {
                    unplaced.add(new Unplaced(r + 1, line + " 栏次 " + column.getValue() + "：" + value,
                            "表" + table.number() + " 的数值“" + value + "”不是数字"));
                } else if (key.isEmpty()) {
                    unplaced.add(new Unplaced(r + 1, line + "：" + printed + " " + value,
                            "表" + table.number() + " 中没有行“" + printed + "”，其数值未导入"));
                } else {
                    var problem = table.cellProblem(key.get(), column.getValue());
                    if (problem.isPresent()) {
                        unplaced.add(new Unplaced(r + 1, line + "：" + printed + " " + value, problem.get()));
                    } else {
                        figures.add(new Figure(table.id(), key.get(), column.getValue(), value,
                                table.isSubjectCode(key.get()) ? emptyToNull(name) : null));
                    }
                }
            }
        }
    }

    /** A 栏次 header: its number alone ("1") or before its caption ("1 收入金额", as the blank workbook heads it). */
    private static Optional<String> columnKey(TableDefinition table, String caption) {
        if (table.column(caption).isPresent()) {
            return Optional.of(caption);
        }
        Matcher m = NUMBERED_CAPTION.matcher(caption);
        return m.matches() && table.column(m.group(1)).isPresent() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A row key as the sheet prints it: the key itself, a code, or a fixed row's label. */
    private static Optional<String> rowKey(TableDefinition table, String printed) {
        if (table.row(printed).isPresent() || table.isSubjectCode(printed)) {
            return Optional.of(printed);
        }
        String label = TextNormalizer.label(printed);
        return table.rows().stream().filter(r -> !r.label().isEmpty()
                        && TextNormalizer.label(r.label()).equals(label)).map(RowDefinition::key).findFirst();
    }

    private Map<String, String> info(Workbook workbook) {
        Map<String, String> info = new HashMap<>();
        for (Sheet sheet : workbook) {
            String name = TextNormalizer.compact(sheet.getSheetName()).toLowerCase();
            if (!name.equals("信息") && !name.equals("info") && !name.equals("基本信息")) {
                continue;
            }
            for (Row row : sheet) {
                if (row.getCell(0) == null || row.getCell(1) == null) {
                    continue;
                }
                String key = TextNormalizer.compact(text(row.getCell(0))).toLowerCase();
                String value = text(row.getCell(1)).strip();
                switch (key) {
                    case "部门", "部门名称", "部门编码", "department" -> info.put("department", value);
                    case "年度", "决算年度", "fiscalyear", "year" -> info.put("year", value);
                    case "模板", "模板版本", "报表模板", "templateversion" -> info.put("template", value);
                    default -> { }
                }
            }
        }
        return info;
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile("(\\d{4})").matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static ReportTemplate template(String version, int year) {
        if (version != null && !version.isBlank()) {
            return ReportTemplates.find(version.strip()).orElseThrow(() -> new DocumentUnreadableException(
                    "没有报表模板版本“" + version + "”（现有：" + String.join("、", ReportTemplates.versions()) + "）"));
        }
        return ReportTemplates.defaultOrNearestFor(year).orElseThrow(() -> new DocumentUnreadableException(
                "没有 " + year + " 年度的报表模板（现有：" + String.join("、", ReportTemplates.versions()) + "）"));
    }

    private String text(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC
                || (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
            return NumberToTextConverter.toText(cell.getNumericCellValue());
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue() : "";
        }
        return formatter.formatCellValue(cell);
    }

    /**
     * A figure as the sheet holds it. A number cell is exact but carries no printed precision, so it is given
     * the template's decimals (30 → "30.00") unless it has more; a text cell may carry thousands separators or
     * full-width digits and keeps the decimals it prints.
     */
    private String amount(Cell cell, int decimals) {
        boolean numeric = cell.getCellType() == CellType.NUMERIC
                || (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC);
        if (numeric) {
            BigDecimal exact = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
            return (exact.scale() <= decimals ? exact.setScale(decimals) : exact).toPlainString();
        }
        String t = TextNormalizer.compact(text(cell));
        if (t.isEmpty() || t.matches("[-—–－]+")) {
            return "";
        }
        Token token = Token.of(t);
        return token.isAmount() ? token.value() : t;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
