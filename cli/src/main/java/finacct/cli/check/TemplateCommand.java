package finacct.cli.check;

import finacct.importer.workbook.WorkbookWriter;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code finacct template YEAR|VERSION --xlsx [--out FILE]}: the blank workbook of a year's default template (or of
 * a named version), which {@code finacct import}/{@code validate} and {@code POST …/import} read back once filled.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "生成空白的部门决算 Excel 工作簿（各表的行次、科目编码、名称和栏次，以及“信息”表），填好后可直接导入",
        exitCodeListHeading = "%n退出码：%n", exitCodeList = {"0:已生成", "2:没有该年度或版本的报表模板，或文件无法写入"})
public class TemplateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "YEAR", description = "决算年度（如 2021，取该年度的默认模板）或模板版本（如 SH-2024）")
    String yearOrVersion;

    @Option(names = "--xlsx", required = true, description = "输出 Excel 工作簿（.xlsx）")
    boolean xlsx;

    @Option(names = "--out", paramLabel = "FILE", description = "输出文件（默认：部门决算-<版本>-<年度>.xlsx）")
    Path out;

    @Option(names = "--department", paramLabel = "DEPT", description = "预先填入“信息”表的部门编码或全称")
    String department;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Optional<ReportTemplate> template = yearOrVersion.matches("\\d{4}")
                ? ReportTemplates.defaultFor(Integer.parseInt(yearOrVersion))
                : ReportTemplates.find(yearOrVersion);
        if (template.isEmpty()) {
            err.println("没有“" + yearOrVersion + "”的报表模板（可用版本：" + String.join("、", ReportTemplates.versions()) + "）");
            return ValidateCommand.UNREADABLE;
        }
        int year = yearOrVersion.matches("\\d{4}") ? Integer.parseInt(yearOrVersion) : template.get().fiscalYears().get(0);
        Path target = out != null ? out : Path.of("部门决算-" + template.get().version() + "-" + year + ".xlsx");
        try {
            Files.write(target, new WorkbookWriter().blank(template.get(), year, department));
        } catch (IOException e) {
            err.println("无法写入 " + target + "：" + e.getMessage());
            return ValidateCommand.UNREADABLE;
        }
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println("已生成 " + target + "（报表模板 "
                + template.get().version() + "，" + year + " 年度）");
        return 0;
    }
}
