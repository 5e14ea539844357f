package finacct.importer.narrative;

import finacct.kernel.events.Figure;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.RowKind;
import finacct.kernel.template.TableDefinition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of the function classification as this document and its template know them, to turn "一般公共服务支出
 * （类）社会工作事务（款）行政运行（项）" into 2013901: class names from the template's lines that carry a class,
 * 款 and 项 names from the document's own subject tables (the names the department printed beside the codes).
 */
final class SubjectNames {

    private final Map<String, String> classCodeByName = new LinkedHashMap<>();
    private final Map<String, String> nameByCode = new LinkedHashMap<>();

    SubjectNames(ReportTemplate template, List<Figure> figures) {
        for (TableDefinition table : template.tables()) {
            if (table.rowKind() == RowKind.FUNCTION_SUBJECT) {
                for (Figure f : figures) {
                    if (f.table().equals(table.id()) && f.name() != null && f.row().matches("\\d{3}|\\d{5}|\\d{7}")) {
                        nameByCode.putIfAbsent(f.row(), ProseText.fold(f.name()));
                    }
                }
            }
            for (RowDefinition row : table.rows()) {
                if (row.functionClass() != null && row.label() != null && !row.label().isBlank()) {
                    classCodeByName.putIfAbsent(bare(row.label()), row.functionClass());
                }
            }
        }
        nameByCode.forEach((code, name) -> {
            if (code.length() == 3) {
                classCodeByName.putIfAbsent(bare(name), code);
            }
        });
    }

    /** Class names, longest first (so that a longer name wins where one contains another). */
    List<Map.Entry<String, String>> classes() {
        List<Map.Entry<String, String>> entries = new ArrayList<>(classCodeByName.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        return entries;
    }

    /** The code of a 类 / 款 / 项 path, when the document's tables name each level so. */
    Optional<String> codeOf(String className, String kuanName, String xiangName) {
        String cls = classCodeByName.get(bare(className));
        if (cls == null) {
            return Optional.empty();
        }
        String kuan = childNamed(cls, 5, kuanName);
        if (kuan == null) {
            return Optional.empty();
        }
        if (xiangName == null) {
            return Optional.of(kuan);
        }
        return Optional.ofNullable(childNamed(kuan, 7, xiangName));
    }

    private String childNamed(String parent, int length, String name) {
        String wanted = bare(name);
        return nameByCode.entrySet().stream()
                .filter(e -> e.getKey().length() == length && e.getKey().startsWith(parent))
                .filter(e -> bare(e.getValue()).equals(wanted))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** A name without its ordinal ("一、") and level mark ("（类）"), folded. */
    static String bare(String name) {
        return ProseText.fold(name)
                .replaceFirst("^([一二三四五六七八九十]+、|\\d+[、.]|（[一二三四五六七八九十\\d]+）)", "")
                .replaceFirst("（(类|款|项)）$", "");
    }
}
