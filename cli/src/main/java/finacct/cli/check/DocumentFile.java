package finacct.cli.check;

import finacct.importer.DocumentImporters;
import finacct.importer.DocumentUnreadableException;
import finacct.importer.ImportedDocument;
import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** A document file on disk, read in whatever format it is, with the department it belongs to. */
public record DocumentFile(Path path, ImportedDocument document, String departmentCode, boolean registered) {

    /** Reads the file; a file that cannot be read at all raises {@link DocumentUnreadableException}. */
    public static DocumentFile read(Path path, DepartmentRegistry registry) {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DocumentUnreadableException("文件不存在");
        } catch (IOException e) {
            throw new DocumentUnreadableException("无法读取文件：" + e.getMessage(), e);
        }
        ImportedDocument doc = DocumentImporters.read(path.getFileName().toString(), null, content);
        if (doc.fiscalYear() == null) {
            throw new DocumentUnreadableException("读不出决算年度（如“2020年度”）");
        }
        if (doc.tablesFound().isEmpty() && doc.figures().isEmpty()) {
            throw new DocumentUnreadableException("文档中找不到部门决算的任何一张表");
        }
        Optional<Department> department = department(doc, registry);
        String code = department.map(Department::code)
                .orElse(doc.departmentName() == null ? "unknown" : doc.departmentName());
        return new DocumentFile(path, doc, code, department.isPresent());
    }

    private static Optional<Department> department(ImportedDocument doc, DepartmentRegistry registry) {
        if (doc.departmentName() == null) {
            return Optional.empty();
        }
        return registry.byCode(doc.departmentName())
                .or(() -> registry.byName(doc.departmentName()))
                .or(() -> doc.departmentOtherNames().stream().map(registry::byName)
                        .flatMap(Optional::stream).findFirst());
    }

    public String departmentLabel() {
        return document.departmentName() == null ? departmentCode : document.departmentName();
    }
}
