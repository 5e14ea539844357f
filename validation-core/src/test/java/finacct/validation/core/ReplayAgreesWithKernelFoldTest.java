package finacct.validation.core;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.fold.FoldedSubmission;
import finacct.kernel.fold.SubmissionFold;
import finacct.kernel.results.SubmissionValidated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static finacct.validation.core.SubmissionReplayTest.envelope;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation reads a submission's stream as the kernel's fold does (the state query and the read models
 * read it through the same fold): the same cells with the same subject names, the same narrative claims and
 * self-evaluations, the same status and last event.
 */
class ReplayAgreesWithKernelFoldTest {

    private static final String ID = "420112-CZJ:2020";

    @Test
    void aCorrectionWithoutANameKeepsTheNameTheKernelFoldKeeps() {
        List<EventEnvelope> stream = List.of(
                envelope(0, new SubmissionOpened(ID, "420112-CZJ", 2020, "MOF-2020", "万元")),
                envelope(1, new FiguresReported(ID, "b1", List.of(
                        new Figure("T3", "2010101", "1", "10.00", "行政运行"),
                        new Figure("T3", "2010102", "1", "5.00", "一般行政管理事务")))),
                // the department corrects the amounts only: one name left out, one sent blank
                envelope(2, new FiguresReported(ID, "b2", List.of(
                        new Figure("T3", "2010101", "1", "12.00", null),
                        new Figure("T3", "2010102", "1", "6.00", "  ")))));

        ReplayedSubmission replayed = new SubmissionReplay().replay(ID, stream);

        assertThat(replayed.cells()).containsExactly(
                new Figure("T3", "2010101", "1", "12.00", "行政运行"),
                new Figure("T3", "2010102", "1", "6.00", "一般行政管理事务"));
        assertThat(replayed.cells()).isEqualTo(SubmissionFold.fold(ID, stream).cells());
        // and the tables validated carry the name, not a blank
        SubmissionValidated validated = new SubmissionValidation().validate(replayed, "2021-03-01T00:00:00Z");
        assertThat(validated.tables()).filteredOn(t -> t.table().equals("T3")).singleElement()
                .satisfies(t -> assertThat(t.cells()).filteredOn(c -> c.row().equals("2010102")).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.name()).isEqualTo("一般行政管理事务")));
    }

    static LongStream seeds() {
        long base = System.nanoTime();
        return LongStream.range(0, 20).map(i -> base + i * 7919);
    }

    /** Random streams of reports, name-less corrections, withdrawals, narratives, evaluations and review steps. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void replayAndKernelFoldAgreeOnAnyStream(long seed) {
        System.out.println("ReplayAgreesWithKernelFoldTest seed " + seed);
        Random random = new Random(seed);
        List<SubmissionEvent> events = new ArrayList<>();
        events.add(new SubmissionOpened(ID, "420112-CZJ", 2020, "MOF-2020", "万元"));
        // the name a cell shows, worked out here independently: the last name given since it was
        // last withdrawn (a name-less or blank one only when none was given)
        Map<CellRef, String> expectedNames = new HashMap<>();
        String[] rows = {"2010101", "2010102", "2010350", "2080501"};
        int length = 5 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                List<Figure> figures = new ArrayList<>();
                for (int f = 0, n = 1 + random.nextInt(4); f < n; f++) {
                    String row = rows[random.nextInt(rows.length)];
                    String column = String.valueOf(1 + random.nextInt(2));
                    String name = switch (random.nextInt(3)) {
                        case 0 -> null;
                        case 1 -> " ";
                        default -> "科目" + row + "-" + random.nextInt(3);
                    };
                    figures.add(new Figure("T3", row, column, random.nextInt(1000) + ".00", name));
                }
                events.add(new FiguresReported(ID, "b" + i, figures));
                for (Figure f : figures) {
                    boolean named = f.name() != null && !f.name().isBlank();
                    if (named || !expectedNames.containsKey(f.cell())) {
                        expectedNames.put(f.cell(), f.name());
                    }
                }
            } else if (kind == 5 && !expectedNames.isEmpty()) {
                List<CellRef> reported = new ArrayList<>(expectedNames.keySet());
                CellRef gone = reported.get(random.nextInt(reported.size()));
                events.add(new FiguresWithdrawn(ID, "w" + i, List.of(gone)));
                expectedNames.remove(gone);
            } else if (kind == 6) {
                events.add(new NarrativeReported(ID,
                        List.of(new NarrativeSection("s1", "收入支出决算总体情况", "第" + i + "稿")),
                        List.of(new NarrativeClaim("c1", "s1", "amount", "income.total", null, i + ".00", "万元",
                                "收入" + i + "万元"))));
            } else if (kind == 7) {
                events.add(new PerformanceEvaluationReported(ID, "e" + random.nextInt(2), "project", "项目", "100",
                        "95", "95%", "10", "9.5", List.of(), String.valueOf(random.nextInt(100))));
            } else if (kind == 8) {
                events.add(new SubmissionSubmitted(ID));
            } else {
                events.add(new SubmissionReturned(ID, List.of("第" + i + "次退回")));
            }
        }
        List<EventEnvelope> stream = new ArrayList<>();
        for (int s = 0; s < events.size(); s++) {
            stream.add(envelope(s, events.get(s)));
        }
        Collections.shuffle(stream, random); // as they may arrive

        ReplayedSubmission replayed = new SubmissionReplay().replay(ID, stream);
        FoldedSubmission folded = SubmissionFold.fold(ID, stream);

        assertThat(replayed.cells()).isEqualTo(folded.cells());
        assertThat(replayed.narrativeSections()).isEqualTo(folded.narrative().sections());
        assertThat(replayed.narrativeClaims()).isEqualTo(folded.narrative().claims());
        assertThat(replayed.evaluations()).isEqualTo(folded.evaluations());
        assertThat(replayed.status()).isEqualTo(folded.status());
        assertThat(replayed.lastSequence()).isEqualTo(events.size() - 1).isEqualTo(folded.lastSequence());
        Map<CellRef, String> names = new HashMap<>();
        replayed.cells().forEach(f -> names.put(f.cell(), f.name()));
        assertThat(names).isEqualTo(expectedNames);
    }
}
