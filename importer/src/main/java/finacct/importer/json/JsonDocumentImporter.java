package finacct.importer.json;

import finacct.importer.DocumentUnreadableException;
import finacct.importer.ImportedDocument;
import finacct.importer.Unplaced;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import finacct.kernel.events.Figure;
import finacct.kernel.events.Indicator;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the project's own JSON form of a submission (schema: {@code finacct/importer/finacct-document.schema.json}):
 * department, fiscalYear, templateVersion, figures, narrative {sections, claims}, evaluations. The document is
 * checked against the schema first; a figure whose cell the template does not have is listed as not placed.
 */
public final class JsonDocumentImporter {

    static final String SCHEMA = "finacct/importer/finacct-document.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Schema SCHEMA_CHECK = loadSchema();
    private static final int MAX_ERRORS = 20;

    public ImportedDocument read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DocumentUnreadableException("不是合法的 JSON：第 " + e.getLocation().getLineNr() + " 行第 "
                    + e.getLocation().getColumnNr() + " 列附近格式有误", e);
        }
        if (root == null || !root.isObject()) {
            throw new DocumentUnreadableException("JSON 文档应为一个对象（含 department、fiscalYear、figures 等字段）");
        }
        List<Error> errors = SCHEMA_CHECK.validate(root,
                context -> context.executionConfig(config -> config.locale(Locale.SIMPLIFIED_CHINESE)));
        if (!errors.isEmpty()) {
            throw new DocumentUnreadableException("JSON 文档不符合 finacct 文档格式（" + errors.size() + " 处）："
                    + errors.stream().limit(MAX_ERRORS)
                    .map(e -> e.getInstanceLocation() + " " + e.getMessage())
                    .collect(Collectors.joining("；")));
        }
        Document d = JSON.convertValue(root, Document.class);
        ReportTemplate template = template(d);
        List<Figure> figures = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        Set<String> tables = new LinkedHashSet<>();
        for (int i = 0; i < d.figures().size(); i++) {
            Figure f = d.figures().get(i);
            var problem = template.cellProblem(f.table(), f.row(), f.column());
            if (problem.isPresent()) {
                unplaced.add(new Unplaced(0, "figures[" + i + "] " + f.table() + "/" + f.row() + "/" + f.column()
                        + " = " + f.value(), problem.get()));
            } else {
                figures.add(f);
                tables.add(f.table());
            }
        }
        List<String> empty = d.emptyTables() == null ? List.of() : d.emptyTables();
        tables.addAll(empty);
        Narrative narrative = d.narrative() == null ? new Narrative(List.of(), List.of()) : d.narrative();
        List<PerformanceEvaluationReported> evaluations = d.evaluations() == null ? List.of()
                : d.evaluations().stream().map(e -> new PerformanceEvaluationReported(null, e.evaluationId(),
                e.scope(), e.name(), e.budget(), e.executed(), e.rate(), e.weight(), e.score(), e.indicators(),
                e.totalScore())).toList();
        return new ImportedDocument(d.department(),
                d.departmentOtherNames() == null ? List.of() : d.departmentOtherNames(), d.fiscalYear(),
                template.version(), List.copyOf(tables), figures,
                narrative.sections() == null ? List.of() : narrative.sections(),
                narrative.claims() == null ? List.of() : narrative.claims(), evaluations, unplaced, empty);
    }

    private static ReportTemplate template(Document d) {
        if (d.templateVersion() != null) {
            ReportTemplate t = ReportTemplates.find(d.templateVersion()).orElseThrow(() ->
                    new DocumentUnreadableException("没有报表模板版本“" + d.templateVersion() + "”（现有："
                            + String.join("、", ReportTemplates.versions()) + "）"));
            if (!ReportTemplates.serves(t, d.fiscalYear())) {
                throw new DocumentUnreadableException("报表模板 " + t.version() + " 不适用于 " + d.fiscalYear()
                        + " 年度（适用年度：" + t.fiscalYears() + "）");
            }
            return t;
        }
        return ReportTemplates.defaultOrNearestFor(d.fiscalYear()).orElseThrow(() ->
                new DocumentUnreadableException("没有 " + d.fiscalYear() + " 年度的报表模板（现有："
                        + String.join("、", ReportTemplates.versions()) + "）"));
    }

    private static Schema loadSchema() {
        try (InputStream in = JsonDocumentImporter.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Document(String department, List<String> departmentOtherNames, Integer fiscalYear,
                    String templateVersion, String unit, List<Figure> figures, List<String> emptyTables,
                    Narrative narrative, List<Evaluation> evaluations) {
    }

    record Narrative(List<NarrativeSection> sections, List<NarrativeClaim> claims) {
    }

    record Evaluation(String evaluationId, String scope, String name, String budget, String executed, String rate,
                      String weight, String score, List<Indicator> indicators, String totalScore) {
    }
}
