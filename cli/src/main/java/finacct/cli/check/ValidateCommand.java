package finacct.cli.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import finacct.importer.DocumentUnreadableException;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.Severity;
import finacct.kernel.results.SubmissionValidated;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code finacct validate FILE [--previous LASTYEAR_FILE] [--json]}: imports a document (PDF, text, JSON or Excel),
 * replays it as a submission and runs the rule set of its template; with last year's document of the same
 * department the cross-year checks compare with it. Exit 0 without an error, 1 with errors, 2 when the file cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "校验一份部门决算文档（PDF、文本、JSON 或 Excel）：重算九张表并逐条核对，按严重程度列出问题",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:没有错误", "1:有错误（ERROR）", "2:文件无法读取，或上年文档不是同一部门的上一年度"})
public class ValidateCommand implements Callable<Integer> {

    static final int UNREADABLE = 2;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(index = "0", paramLabel = "FILE", description = "文档文件（.pdf 公开的 PDF、.txt 文本提取、.json、.xlsx）")
    Path file;

    @Option(names = "--previous", paramLabel = "LASTYEAR_FILE",
            description = "同一部门上年的决算文档：核对情况说明中与上年比较的数字，并列出与上年的对比")
    Path previous;

    @Option(names = "--json", description = "以 JSON 输出：department、fiscalYear、tables（重算的各表）、findings")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        DocumentFile document;
        try {
            document = DocumentFile.read(file, DepartmentRegistry.loadDefault());
        } catch (DocumentUnreadableException e) {
            err.println("无法读取 " + file + "：" + e.getMessage());
            return UNREADABLE;
        }
        Optional<DocumentFile> lastYear = Optional.empty();
        if (previous != null) {
            try {
                lastYear = Optional.of(DocumentFile.read(previous, DepartmentRegistry.loadDefault()));
            } catch (DocumentUnreadableException e) {
                err.println("无法读取上年文档 " + previous + "：" + e.getMessage());
                return UNREADABLE;
            }
            Optional<String> mismatch = PreviousYearCheck.mismatch(document, lastYear.get());
            if (mismatch.isPresent()) {
                err.println(mismatch.get());
                return UNREADABLE;
            }
        }
        CheckedDocument checked = CheckedDocument.of(document, lastYear);
        SubmissionValidated result = checked.result();
        if (json) {
            out.println(JSON.writeValueAsString(asJson(checked)));
        } else {
            FindingsReport.print(checked, out);
        }
        return result.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
    }

    private static Map<String, Object> asJson(CheckedDocument checked) {
        SubmissionValidated result = checked.result();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("department", checked.file().departmentLabel());
        body.put("departmentCode", checked.file().registered() ? checked.file().departmentCode() : null);
        body.put("fiscalYear", checked.file().document().fiscalYear());
        body.put("templateVersion", result.templateVersion());
        body.put("ruleSetVersion", result.ruleSetVersion());
        Map<String, Object> tables = new LinkedHashMap<>();
        for (RecomputedTable t : result.tables()) {
            tables.put(t.table(), Map.of("title", t.title(), "cells", t.cells()));
        }
        body.put("tables", tables);
        body.put("findings", result.findings());
        body.put("yearOnYear", result.yearOnYear());
        body.put("counts", result.counts());
        body.put("emptyTables", checked.file().document().emptyTables());
        body.put("unplaced", checked.file().document().unplaced());
        return body;
    }
}
