package finacct.kernel.amount;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Amounts travel as decimal strings in the submission's unit (万元) and are read into BigDecimal, never double. */
public final class Amounts {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Amounts() {
    }

    /** Why a string is not an amount with at most {@code decimals} decimals; empty when it is. */
    public static Optional<String> problem(String value, int decimals, String unit) {
        if (value == null || value.isBlank()) {
            return Optional.of("金额为空");
        }
        if (!DECIMAL.matcher(value).matches()) {
            return Optional.of("金额“" + value + "”不是数字（应写作如 1234.56 的十进制数，不带千分位和单位）");
        }
        if (new BigDecimal(value).scale() > decimals) {
            return Optional.of("金额“" + value + "”的小数位超过 " + decimals + " 位（单位为" + unit + "）");
        }
        return Optional.empty();
    }

    public static BigDecimal parse(String value) {
        return new BigDecimal(value);
    }
}
