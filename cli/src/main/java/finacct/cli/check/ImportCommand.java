package finacct.cli.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import finacct.importer.DocumentUnreadableException;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.registry.DepartmentRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code finacct import FILE}: the submission events a document stands for, as JSON (nothing is sent anywhere). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "读入一份部门决算文档（PDF、文本、JSON 或 Excel），以 JSON 输出它对应的申报事件（不提交）",
        exitCodeListHeading = "%n退出码：%n", exitCodeList = {"0:已读入", "2:文件无法读取"})
public class ImportCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(index = "0", paramLabel = "FILE", description = "文档文件（.pdf 公开的 PDF、.txt 文本提取、.json、.xlsx）")
    Path file;

    @Override
    public Integer call() throws Exception {
        DocumentFile document;
        List<SubmissionEvent> events;
        try {
            document = DocumentFile.read(file, DepartmentRegistry.loadDefault());
            events = finacct.importer.DocumentEvents.events(document.document(), document.departmentCode());
        } catch (DocumentUnreadableException e) {
            new PrintStream(System.err, true, StandardCharsets.UTF_8).println("无法读取 " + file + "：" + e.getMessage());
            return ValidateCommand.UNREADABLE;
        }
        List<Map<String, Object>> typed = new ArrayList<>();
        for (SubmissionEvent e : events) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", EventTypes.nameOf(e.getClass()));
            entry.put("payload", e);
            typed.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("department", document.departmentLabel());
        body.put("departmentCode", document.registered() ? document.departmentCode() : null);
        body.put("fiscalYear", document.document().fiscalYear());
        body.put("templateVersion", document.document().templateVersion());
        body.put("tablesFound", document.document().tablesFound());
        body.put("emptyTables", document.document().emptyTables());
        body.put("events", typed);
        body.put("unplaced", document.document().unplaced());
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(JSON.writeValueAsString(body));
        return 0;
    }
}
