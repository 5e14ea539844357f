package finacct.validation;

import finacct.importer.DocumentEvents;
import finacct.importer.ImportedDocument;
import finacct.importer.text.TextDocumentImporter;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.SubmissionIds;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.results.YearOnYear;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two years of one department through the topic: year N's narrative states a change against year N−1; the service
 * checks it against N−1 as it stores it, says which stored version it used, and validates N again when N−1 arrives
 * or changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "finacct.mongodb.database=validation-service-cross-year")
class CrossYearServiceTest extends ServiceTestSupport {

    private static final String RULE = "Y.prior-year";

    @Test
    void yearNIsCheckedAgainstTheStoredYearBeforeAndValidatedAgainWhenThatArrives() throws Exception {
        String dept = "420112-TJJ";
        long last2022 = produceDocument(dept, "tjj-2022-wrong-change.txt");
        SubmissionValidated alone = awaitResult(SubmissionIds.of(dept, 2022), last2022);
        // last year is not on the platform yet: the check says it could not run, and nothing is an error
        assertThat(crossYear(alone)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("未提供上年（2021 年度）决算");
        });
        assertThat(alone.yearOnYear()).isNull();

        long last2021 = produceDocument(dept, "tjj-2021.txt");
        awaitResult(SubmissionIds.of(dept, 2021), last2021);
        // 2021's events arrive one by one: 2022 is validated again as each changes 2021's result, the last against
        // 2021 as of its newest event
        String complete2021 = "截至第 " + last2021 + " 号事件";
        SubmissionValidated checked = awaitResult(SubmissionIds.of(dept, 2022),
                r -> r.yearOnYear() != null && r.yearOnYear().previousSource().contains(complete2021));

        assertThat(checked.basedOnSequence()).isEqualTo(last2022);
        assertThat(crossYear(checked)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("60.00");
            assertThat(f.actual()).isEqualTo("80.00");
            assertThat(f.message()).contains("平台保存的 2021 年度申报（420112-TJJ:2021，状态 DRAFT，截至第 " + last2021 + " 号事件）");
            assertThat(f.cells()).contains(new FindingCell("T1", "30", "1", "500.00", 2021));
            assertThat(f.cells()).anyMatch(c -> "narrative".equals(c.table()) && "80.00".equals(c.value())
                    && Integer.valueOf(2022).equals(c.fiscalYear()));
        });
        assertThat(checked.yearOnYear().lines()).contains(
                new YearOnYear.Line("T1", "30", "1", "总计（收入金额）", "560.00", "500.00", "60.00", "12.00"));
        // the served result carries the comparison too
        String served = get("/api/v1/validation/" + dept + "/2022", TOKEN).getBody();
        assertThat(json.readTree(served).path("yearOnYear").path("previousFiscalYear").asInt()).isEqualTo(2021);
    }

    @Test
    void aConsistentPairHasNoCrossYearFinding() throws Exception {
        String dept = "420112-SJJ";
        long last2021 = produceDocument(dept, "tjj-2021.txt");
        awaitResult(SubmissionIds.of(dept, 2021), last2021);
        long last2022 = produceDocument(dept, "tjj-2022.txt");
        SubmissionValidated result = awaitResult(SubmissionIds.of(dept, 2022), r -> r.basedOnSequence() == last2022
                && r.yearOnYear() != null && r.yearOnYear().previousSource().contains("截至第 " + last2021 + " 号事件"));
        assertThat(crossYear(result)).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    private static List<Finding> crossYear(SubmissionValidated result) {
        return result.findings().stream().filter(f -> f.ruleId().equals(RULE)).toList();
    }

    /** Sends a written document's events as submission-service would; returns the last sequence. */
    private long produceDocument(String dept, String name) throws Exception {
        ImportedDocument doc = new TextDocumentImporter().read(document(name));
        List<EventEnvelope> envelopes = DocumentEvents.envelopes(DocumentEvents.events(doc, dept), "tester",
                "2026-01-01T00:00:00Z");
        for (EventEnvelope e : envelopes) {
            produce(e);
        }
        return envelopes.get(envelopes.size() - 1).sequence();
    }

    private static String document(String name) throws IOException {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples"))) {
            p = p.getParent();
        }
        return Files.readString(p.resolve("validation-core/src/test/resources/cross-year").resolve(name),
                StandardCharsets.UTF_8);
    }
}
