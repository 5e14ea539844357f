package finacct.submission.rest;

import finacct.importer.DocumentEvents;
import finacct.importer.DocumentImporters;
import finacct.importer.DocumentUnreadableException;
import finacct.importer.ImportedDocument;
import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.submission.api.FieldError;
import finacct.submission.api.ImportDocument;
import finacct.submission.api.ImportOutcome;
import finacct.submission.api.InputRejectedException;
import finacct.submission.importing.BoundedImporter;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST …/{dept}/submissions/{year}/import}: a whole document (the published PDF, its text extraction,
 * the project's JSON form or an Excel workbook) turned into the same events the other endpoints store:
 * figures batches with ids derived from their content, the narrative, the self-evaluations. Importing the same
 * document again stores nothing new. What the importer could not place comes back in the answer.
 */
@RestController
@RequestMapping("/api/v1/departments/{dept}/submissions/{year}")
public class ImportController {

    private final CommandGateway commands;
    private final DepartmentRegistry registry;
    private final BoundedImporter importer;

    public ImportController(CommandGateway commands, DepartmentRegistry registry, BoundedImporter importer) {
        this.commands = commands;
        this.registry = registry;
        this.importer = importer;
    }

    @PostMapping("/import")
    public ResponseEntity<Map<String, Object>> importDocument(@PathVariable String dept, @PathVariable String year,
                                                              @RequestParam(name = "filename", required = false) String fileName,
                                                              @RequestParam(name = "expectedVersion", required = false) Long expectedVersion,
                                                              HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        CallerContext caller = CallerContext.of(request);
        DocumentUpload upload = DocumentUpload.of(request, fileName);
        DocumentImporters.Format format;
        ImportedDocument doc;
        try {
            BoundedImporter.Read read = importer.read(upload.fileName(), upload.contentType(), upload.content());
            format = read.format();
            doc = read.document();
        } catch (DocumentUnreadableException e) {
            throw InputRejectedException.of("body", "文档无法读取：" + e.getMessage());
        }
        checkBelongsTo(doc, at);
        List<ImportDocument.Batch> batches = DocumentEvents.figureBatches(doc).stream()
                .map(b -> new ImportDocument.Batch(b.table(), b.batchId(), b.figures())).toList();
        List<ImportDocument.Evaluation> evaluations = doc.evaluations().stream()
                .map(e -> new ImportDocument.Evaluation(DocumentEvents.evaluationId(e), e.scope(), e.name(),
                        e.budget(), e.executed(), e.rate(), e.weight(), e.score(), e.indicators(), e.totalScore()))
                .toList();
        ImportDocument command = new ImportDocument(at.submissionId(), at.departmentCode(), at.fiscalYear(),
                doc.templateVersion(), caller.expectedVersion(expectedVersion), coveredTables(doc), batches, DocumentEvents.narrativeSections(doc),
                doc.claims(), evaluations);
        ImportOutcome outcome = commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(caller.metaData()));

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", outcome.submissionId());
        body.put("version", outcome.version());
        body.put("opened", outcome.opened());
        body.put("storedEvents", outcome.storedEvents());
        body.put("format", format.name().toLowerCase());
        body.put("department", doc.departmentName());
        body.put("fiscalYear", doc.fiscalYear());
        body.put("templateVersion", doc.templateVersion());
        body.put("tablesFound", doc.tablesFound());
        body.put("emptyTables", doc.emptyTables());
        body.put("figures", doc.figures().size());
        body.put("batches", outcome.batches());
        body.put("withdrawn", outcome.withdrawn());
        body.put("narrative", Map.of("sections", doc.narrativeSections().size(), "claims", doc.claims().size(),
                "storedEvent", Boolean.TRUE.equals(outcome.narrativeStored())));
        body.put("evaluations", outcome.evaluations());
        body.put("unplaced", doc.unplaced());
        return ResponseEntity.ok().eTag("\"" + outcome.version() + "\"").body(body);
    }

    /**
     * The tables the document is the truth for: those it gives figures for and those it says are empty. A table
     * found but not read (every line unplaced) is not among them, so a garbled page withdraws nothing.
     */
    private static List<String> coveredTables(ImportedDocument doc) {
        java.util.Set<String> tables = new java.util.LinkedHashSet<>();
        doc.figures().forEach(f -> tables.add(f.table()));
        tables.addAll(doc.emptyTables());
        return List.copyOf(tables);
    }

    /** A document that names another department or year than the address is refused, saying which. */
    private void checkBelongsTo(ImportedDocument doc, SubmissionAddress at) {
        if (doc.fiscalYear() != null && doc.fiscalYear() != at.fiscalYear()) {
            String message = "文档是 " + doc.fiscalYear() + " 年度的决算，不是地址中的 " + at.fiscalYear() + " 年度";
            throw new InputRejectedException(message, List.of(new FieldError("fiscalYear", message)));
        }
        if (doc.departmentName() == null) {
            return;
        }
        Optional<Department> named = registry.byCode(doc.departmentName())
                .or(() -> registry.byName(doc.departmentName()))
                .or(() -> doc.departmentOtherNames().stream().map(registry::byName).flatMap(Optional::stream).findFirst());
        if (named.isPresent() && named.get().code().equals(at.departmentCode())) {
            return;
        }
        String addressed = registry.byCode(at.departmentCode()).map(Department::name).orElse(at.departmentCode());
        String message = named
                .map(d -> "文档属于部门“" + d.name() + "”（编码 " + d.code() + "），不是地址中的“" + addressed + "”（编码 "
                        + at.departmentCode() + "）")
                .orElse("文档的部门“" + doc.departmentName() + "”不是地址中的“" + addressed + "”（编码 "
                        + at.departmentCode() + "），且不在部门名录中");
        throw new InputRejectedException(message, List.of(new FieldError("department", message)));
    }
}
