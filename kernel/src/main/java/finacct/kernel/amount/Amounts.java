package finacct.kernel.amount;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Amounts travel as decimal strings in the submission's unit (万元) and are read into BigDecimal, never double. */
public final class Amounts {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** 10¹⁵ 万元 is beyond any public budget: more integer digits is a typing or a crafted error, not an amount. */
    static final int MAX_INTEGER_DIGITS = 15;

    private Amounts() {
    }

    /** Why a string is not an amount with at most {@code decimals} decimals; empty when it is. */
    public static Optional<String> problem(String value, int decimals, String unit) {
        if (value == null || value.isBlank()) {
            return Optional.of("金额为空");
        }
        if (value.length() > 64 || !DECIMAL.matcher(value).matches()) {
            return Optional.of("金额“" + shown(value) + "”不是数字（应写作如 1234.56 的十进制数，不超过 "
                    + MAX_INTEGER_DIGITS + " 位整数，不带千分位和单位）");
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of("金额“" + shown(value) + "”的整数部分超过 " + MAX_INTEGER_DIGITS + " 位（单位为" + unit + "）");
        }
        if (amount.scale() > decimals) {
            return Optional.of("金额“" + value + "”的小数位超过 " + decimals + " 位（单位为" + unit + "）");
        }
        return Optional.empty();
    }

    private static String shown(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }

    public static BigDecimal parse(String value) {
        return new BigDecimal(value);
    }
}
