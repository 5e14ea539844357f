package finacct.submission.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.registry.Department;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a registry file — CSV with a header line ({@code code,name,otherNames,district[,districtName]}, also in
 * Chinese: 编码,名称,其他名称,区划代码,区划名称) or a JSON array of {@code {code, name, otherNames, district,
 * districtName}} — into departments, checking every line first: a bad file gives every problem with its line (CSV:
 * the line of the file; JSON: the item's number) and no department. Plain Java: the seed file and the bureau's
 * imports are read alike.
 */
public final class RegistryFileReader {

    private static final Pattern CODE = Department.CODE;
    private static final Pattern DISTRICT = Pattern.compile("\\d{6}");
    private static final Pattern OTHER_NAME_SEPARATORS = Pattern.compile("[;；|]");
    private static final int MAX_DEPARTMENTS = 5000;
    private static final int MAX_NAME = 200;
    private static final Map<String, String> HEADERS = headers();

    public enum Format { CSV, JSON }

    /** A department of the file and where it stands there (CSV line or JSON item, from 1). */
    public record Entry(int line, Department department) {
    }

    /** @param field where, e.g. {@code lines[3].code} (CSV) or {@code items[2].name} (JSON) */
    public record Problem(String field, String message) {
    }

    public static final class BadFileException extends RuntimeException {
        private final transient List<Problem> problems;

        BadFileException(List<Problem> problems) {
            super(problems.size() == 1 ? problems.get(0).message()
                    : "部门名录文件有 " + problems.size() + " 处错误，未导入：" + problems.get(0).message() + "……");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private final District district;
    private final District fillIn;

    /** @param district the deployment's district; {@code null} accepts any district a line names */
    public RegistryFileReader(District district) {
        this(district, district);
    }

    private RegistryFileReader(District district, District fillIn) {
        this.district = district;
        this.fillIn = fillIn;
    }

    /** Accepts any district a line names; a line naming none is of {@code fillIn} (when given). */
    public static RegistryFileReader anyDistrict(District fillIn) {
        return new RegistryFileReader(null, fillIn);
    }

    /** CSV unless the content type or file name says JSON, or the content starts with {@code [}. */
    public static Format formatOf(String contentType, String fileName, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (type.contains("json") || name.endsWith(".json")) {
            return Format.JSON;
        }
        if (type.contains("csv") || name.endsWith(".csv")) {
            return Format.CSV;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '[' ? Format.JSON : Format.CSV;
            }
        }
        return Format.CSV;
    }

    public List<Entry> read(byte[] body, Format format) {
        String text = decode(body);
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = format == Format.JSON ? readJson(text, problems) : readCsv(text, problems);
        if (problems.isEmpty()) {
            checkTogether(entries, format, problems);
        }
        if (!problems.isEmpty()) {
            throw new BadFileException(problems);
        }
        return entries;
    }

    /** One department as the API's PUT gives it: the same checks as a file's line, fields named plainly. */
    public Department readOne(String code, String name, List<String> otherNames, String districtCode,
                              String districtName) {
        List<Problem> problems = new ArrayList<>();
        List<String> others = otherNames == null ? List.of()
                : otherNames.stream().filter(n -> n != null && !n.isBlank()).map(String::trim).toList();
        Entry entry = checked(1, "", "部门“" + code + "”", trim(code), trim(name), others, trim(districtCode),
                trim(districtName), problems);
        if (!problems.isEmpty()) {
            throw new BadFileException(problems);
        }
        return entry.department();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadFileException(List.of(new Problem("body",
                    "部门名录文件不是 UTF-8 编码的文本（如用 Excel 另存为 CSV，请选“CSV UTF-8”）")));
        }
    }

    // ---- CSV

    private List<Entry> readCsv(String text, List<Problem> problems) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        Csv.parse(text, rows, lineNumbers, problems);
        if (!problems.isEmpty()) {
            return List.of();
        }
        int headerIndex = 0;
        while (headerIndex < rows.size() && blank(rows.get(headerIndex))) {
            headerIndex++;
        }
        if (headerIndex == rows.size()) {
            problems.add(new Problem("body", "部门名录文件是空的：第一行应为表头 code,name,otherNames,district"));
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(headerIndex);
        int headerLine = lineNumbers.get(headerIndex);
        for (int i = 0; i < header.size(); i++) {
            String key = HEADERS.get(header.get(i).trim().toLowerCase(Locale.ROOT));
            if (key == null) {
                problems.add(new Problem("lines[" + headerLine + "]", "第 " + headerLine + " 行（表头）第 " + (i + 1)
                        + " 列“" + header.get(i).trim() + "”不是名录的列；列应为 code,name,otherNames,district,districtName"
                        + "（或 编码,名称,其他名称,区划代码,区划名称）"));
            } else if (columns.putIfAbsent(key, i) != null) {
                problems.add(new Problem("lines[" + headerLine + "]", "第 " + headerLine + " 行（表头）列“" + key
                        + "”出现两次"));
            }
        }
        for (String required : List.of("code", "name")) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem("lines[" + headerLine + "]", "第 " + headerLine + " 行（表头）缺少列“"
                        + required + "”；表头应为 code,name,otherNames,district"));
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (int r = headerIndex + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = lineNumbers.get(r);
            if (blank(row)) {
                continue;
            }
            if (row.size() > header.size()) {
                problems.add(new Problem("lines[" + line + "]", "第 " + line + " 行有 " + row.size() + " 列，表头只有 "
                        + header.size() + " 列（名称中含逗号时请用英文双引号括起）"));
                continue;
            }
            entries.add(checked(line, "lines[" + line + "].", "第 " + line + " 行", cell(row, columns, "code"),
                    cell(row, columns, "name"), splitNames(cell(row, columns, "otherNames")),
                    cell(row, columns, "district"), cell(row, columns, "districtName"), problems));
        }
        return entries;
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String key) {
        Integer i = columns.get(key);
        return i == null || i >= row.size() ? "" : row.get(i).trim();
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    private static List<String> splitNames(String names) {
        List<String> split = new ArrayList<>();
        for (String n : OTHER_NAME_SEPARATORS.split(names == null ? "" : names)) {
            if (!n.isBlank()) {
                split.add(n.trim());
            }
        }
        return split;
    }

    // ---- JSON

    private List<Entry> readJson(String text, List<Problem> problems) {
        JsonNode root;
        try {
            root = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem("body", "部门名录不是有效的 JSON" + (at == null ? "" : "（第 " + at.getLineNr()
                    + " 行第 " + at.getColumnNr() + " 列附近）") + "：应为数组 [{\"code\": …, \"name\": …}, …]"));
            return List.of();
        }
        if (root == null || !root.isArray()) {
            problems.add(new Problem("body", "部门名录 JSON 应为数组 [{\"code\": …, \"name\": …, \"otherNames\": […], "
                    + "\"district\": …}, …]"));
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            String where = "第 " + (i + 1) + " 项";
            String field = "items[" + i + "].";
            if (!item.isObject()) {
                problems.add(new Problem("items[" + i + "]", where + "应为对象 {\"code\": …, \"name\": …}"));
                continue;
            }
            List<String> others = new ArrayList<>();
            JsonNode names = item.path("otherNames");
            if (names.isArray()) {
                names.forEach(n -> {
                    if (!n.asText("").isBlank()) {
                        others.add(n.asText().trim());
                    }
                });
            } else if (names.isTextual()) {
                others.addAll(splitNames(names.asText()));
            }
            entries.add(checked(i + 1, field, where, text(item, "code"), text(item, "name"), others,
                    text(item, "district"), text(item, "districtName"), problems));
        }
        return entries;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText().trim() : "";
    }

    // ---- checks

    private Entry checked(int line, String field, String where, String code, String name, List<String> otherNames,
                          String lineDistrict, String lineDistrictName, List<Problem> problems) {
        int before = problems.size();
        if (code.isEmpty()) {
            problems.add(new Problem(field + "code", where + "：缺少部门编码"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new Problem(field + "code", where + "：部门编码“" + code
                    + "”格式不对，应为“区划代码-大写字母或数字”，如 420112-CZJ"));
        }
        if (name.isEmpty()) {
            problems.add(new Problem(field + "name", where + "：缺少部门名称"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new Problem(field + "name", where + "：部门名称超过 " + MAX_NAME + " 个字"));
        }
        String districtCode = lineDistrict.isEmpty() && fillIn != null ? fillIn.code() : lineDistrict;
        if (districtCode.isEmpty()) {
            problems.add(new Problem(field + "district", where + "：缺少区划代码"));
        } else if (!DISTRICT.matcher(districtCode).matches()) {
            problems.add(new Problem(field + "district", where + "：区划代码“" + districtCode + "”应为六位数字"));
        } else if (district != null && !districtCode.equals(district.code())) {
            problems.add(new Problem(field + "district", where + "：部门“" + name + "”属于区划 " + districtCode
                    + "，本平台部署于 " + district.label() + "，不能登记其他区的部门"));
        } else if (CODE.matcher(code).matches() && !code.startsWith(districtCode + "-")) {
            problems.add(new Problem(field + "code", where + "：部门编码“" + code + "”应以所属区划代码 "
                    + districtCode + " 开头"));
        }
        if (problems.size() > before) {
            return new Entry(line, null);
        }
        String districtName = !lineDistrictName.isEmpty() ? lineDistrictName
                : fillIn != null && fillIn.code().equals(districtCode) ? fillIn.name() : "";
        List<String> others = otherNames.stream().filter(n -> !n.equals(name)).distinct().toList();
        return new Entry(line, new Department(code, name, others, districtCode, districtName));
    }

    /** Codes twice, or a name that would point at two departments (the importer finds departments by name). */
    private static void checkTogether(List<Entry> entries, Format format, List<Problem> problems) {
        if (entries.size() > MAX_DEPARTMENTS) {
            problems.add(new Problem("body", "部门名录文件有 " + entries.size() + " 个部门，超过 " + MAX_DEPARTMENTS
                    + " 个的上限"));
            return;
        }
        String unit = format == Format.JSON ? "项" : "行";
        String prefix = format == Format.JSON ? "items[" : "lines[";
        Map<String, List<Integer>> byCode = new LinkedHashMap<>();
        Map<String, Entry> byName = new HashMap<>();
        for (Entry e : entries) {
            byCode.computeIfAbsent(e.department().code(), c -> new ArrayList<>()).add(e.line());
            List<String> names = new ArrayList<>(e.department().otherNames());
            names.add(0, e.department().name());
            for (String n : names) {
                Entry other = byName.putIfAbsent(n, e);
                if (other != null && !other.department().code().equals(e.department().code())) {
                    problems.add(new Problem(prefix + index(e.line(), format) + "].name", "第 " + e.line() + " " + unit
                            + "：名称“" + n + "”已是第 " + other.line() + " " + unit + "（" + other.department().code()
                            + "）的名称，导入文档时无法分辨是哪个部门"));
                }
            }
        }
        byCode.forEach((code, lines) -> {
            if (lines.size() > 1) {
                problems.add(new Problem(prefix + index(lines.get(1), format) + "].code", "部门编码“" + code + "”重复出现在第 "
                        + String.join("、", lines.stream().map(String::valueOf).toList()) + " " + unit));
            }
        });
    }

    private static int index(int line, Format format) {
        return format == Format.JSON ? line - 1 : line;
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        for (String s : List.of("code", "编码", "部门编码")) {
            h.put(s, "code");
        }
        for (String s : List.of("name", "名称", "部门名称")) {
            h.put(s, "name");
        }
        for (String s : List.of("othernames", "other names", "其他名称", "别名", "曾用名")) {
            h.put(s, "otherNames");
        }
        for (String s : List.of("district", "区划", "区划代码")) {
            h.put(s, "district");
        }
        for (String s : List.of("districtname", "district name", "区划名称")) {
            h.put(s, "districtName");
        }
        return h;
    }
}
