package finacct.kernel.amount;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTest {
    @Test
    void acceptsDecimalStringsWithinTheUnitsDecimals() {
        assertThat(Amounts.problem("523.18", 2, "万元")).isEmpty();
        assertThat(Amounts.problem("-3", 2, "万元")).isEmpty();
    }

    @Test
    void rejectsWhatIsNotAnAmountOfTheUnit() {
        assertThat(Amounts.problem("523.181", 2, "万元")).hasValueSatisfying(p -> assertThat(p).contains("小数位"));
        assertThat(Amounts.problem("9,17", 2, "万元")).hasValueSatisfying(p -> assertThat(p).contains("不是数字"));
        assertThat(Amounts.problem("abc", 2, "万元")).isPresent();
        assertThat(Amounts.problem("", 2, "万元")).isPresent();
        assertThat(Amounts.problem("1e3", 2, "万元")).isPresent();
    }

    @Test
    void refusesAmountsOfMoreThanFifteenIntegerDigitsWithoutRepeatingThemWhole() {
        assertThat(Amounts.problem("999999999999999.99", 2, "万元")).isEmpty();
        assertThat(Amounts.problem("-999999999999999", 2, "万元")).isEmpty();
        assertThat(Amounts.problem("1000000000000000", 2, "万元"))
                .hasValueSatisfying(p -> assertThat(p).contains("整数部分超过 15 位"));
        assertThat(Amounts.problem("9".repeat(5000), 2, "万元"))
                .hasValueSatisfying(p -> assertThat(p).hasSizeLessThan(120).contains("不是数字"));
    }
}
