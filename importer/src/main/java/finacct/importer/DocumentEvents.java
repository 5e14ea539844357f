package finacct.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionIds;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.template.ReportTemplates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The submission events an imported document stands for, in the order the API would store them: opened,
 * one figures batch per table, the narrative, each self-evaluation. Batch ids are derived from the batch's
 * content ("import-T3-" + digest), so importing the same tables again names the same batches and stores
 * nothing new, while a table whose figures changed gets a new batch.
 */
public final class DocumentEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentEvents() {
    }

    /** One table's figures as one batch, with its content-derived id. */
    public record Batch(String table, String batchId, List<Figure> figures) {
    }

    public static List<Batch> figureBatches(ImportedDocument doc) {
        Map<String, List<Figure>> byTable = doc.figures().stream()
                .collect(Collectors.groupingBy(Figure::table, LinkedHashMap::new, Collectors.toList()));
        List<Batch> batches = new ArrayList<>();
        byTable.forEach((table, figures) -> batches.add(new Batch(table, "import-" + table + "-" + digest(figures), figures)));
        return batches;
    }

    /** The id a self-evaluation is stored under: its own, else "department" or "project:" + its name. */
    public static String evaluationId(PerformanceEvaluationReported e) {
        if (e.evaluationId() != null && !e.evaluationId().isBlank()) {
            return e.evaluationId();
        }
        return "department".equals(e.scope()) ? "department" : "project:" + e.name();
    }

    public static List<SubmissionEvent> events(ImportedDocument doc, String departmentCode) {
        if (doc.fiscalYear() == null) {
            throw new DocumentUnreadableException("读不出决算年度");
        }
        String id = SubmissionIds.of(departmentCode, doc.fiscalYear());
        String unit = ReportTemplates.find(doc.templateVersion()).map(t -> t.unit()).orElse("万元");
        List<SubmissionEvent> events = new ArrayList<>();
        events.add(new SubmissionOpened(id, departmentCode, doc.fiscalYear(), doc.templateVersion(), unit));
        figureBatches(doc).forEach(b -> events.add(new FiguresReported(id, b.batchId(), b.figures())));
        if (!doc.narrativeSections().isEmpty() || !doc.claims().isEmpty()) {
            events.add(new NarrativeReported(id, narrativeSections(doc), doc.claims()));
        }
        for (PerformanceEvaluationReported e : doc.evaluations()) {
            events.add(new PerformanceEvaluationReported(id, evaluationId(e), e.scope(), e.name(), e.budget(),
                    e.executed(), e.rate(), e.weight(), e.score(), e.indicators(), e.totalScore()));
        }
        return events;
    }

    /**
     * The narrative's sections as the API takes them: a heading the document prints with no text of its own
     * (its text follows in its subsections) keeps its heading as its text, since a section needs a text.
     */
    public static List<NarrativeSection> narrativeSections(ImportedDocument doc) {
        return doc.narrativeSections().stream()
                .map(s -> s.text() == null || s.text().isBlank()
                        ? new NarrativeSection(s.id(), s.title(), s.title() == null || s.title().isBlank() ? "（无正文）" : s.title())
                        : s)
                .toList();
    }

    /** The events as the topic carries them (sequence from 0), for a replay that never went through Kafka. */
    public static List<EventEnvelope> envelopes(List<SubmissionEvent> events, String actor, String timestamp) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            SubmissionEvent e = events.get(i);
            String submissionId = JSON.valueToTree(e).path("submissionId").asText();
            envelopes.add(new EventEnvelope("import-" + i, EventTypes.nameOf(e.getClass()), EventTypes.SCHEMA_VERSION,
                    submissionId, i, timestamp, actor, JSON.valueToTree(e)));
        }
        return envelopes;
    }

    private static String digest(List<Figure> figures) {
        StringBuilder canonical = new StringBuilder();
        figures.forEach(f -> canonical.append(f.table()).append('/').append(f.row()).append('/').append(f.column())
                .append('=').append(f.value()).append('|').append(f.name() == null ? "" : f.name()).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
