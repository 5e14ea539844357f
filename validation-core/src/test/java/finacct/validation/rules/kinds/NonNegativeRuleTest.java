package finacct.validation.rules.kinds;

import finacct.kernel.results.Severity;
import org.junit.jupiter.api.Test;

import static finacct.validation.rules.Submissions.check;
import static finacct.validation.rules.Submissions.facts;
import static org.assertj.core.api.Assertions.assertThat;

class NonNegativeRuleTest {

    private static final String RULE = """
            id: P.negative
            kind: nonNegative
            severity: WARNING
            message: 决算金额不应为负数
            tables: [T1, T3]
            except: ["T1/58/2", "T3/*/5"]
            """;

    @Test
    void positiveAndZeroAmountsPass() {
        assertThat(check(RULE, facts("T1/1/1=3.00", "T3/201/1=0.00", "T3/201/2=-0.00"))).isEmpty();
    }

    @Test
    void aNegativeAmountIsAWarningUnlessExcepted() {
        assertThat(check(RULE, facts("T3/201/2=-0.01"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("为负数 -0.01");
        });
        assertThat(check(RULE, facts("T1/58/2=-5.00", "T3/201/5=-1.00", "T2/201/1=-1.00"))).isEmpty();
    }
}
