package finacct.validation.rules.conventions;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Severity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The ways of printing figures a rule set accepts as conventions rather than errors, from the
 * {@code conventions:} block of its rules.yaml (handed to every rule of the set as {@code conventions} in its
 * entry). A difference a convention explains is INFO, never ERROR.
 *
 * @param percentRounding how a document may bring a percentage to its printed decimals: {@code halfUp}
 *                        (四舍五入, always), {@code truncate} (截尾: the digits beyond are dropped; recognised for
 *                        the document as a whole where its percentages show it)
 * @param balancingUnits  shares of one whole printed to total exactly 100 % may each be this many units of their
 *                        last decimal off (尾差调整)
 * @param rateOfNothing   the severity of a rate stated of nothing: budget and actual both 0 and a rate of 0 % or
 *                        100 % ("完成预算的 0.00%"), which contradicts nothing
 */
public record Conventions(Set<String> percentRounding, int balancingUnits, Severity rateOfNothing) {

    public static final String HALF_UP = "halfUp";
    public static final String TRUNCATE = "truncate";

    /** What a rule set without a conventions block accepts: rounding half up, nothing else. */
    public static final Conventions NONE = new Conventions(Set.of(HALF_UP), 0, Severity.INFO);

    public Conventions {
        percentRounding = Set.copyOf(percentRounding);
    }

    /** The conventions a rule's entry carries ({@code conventions:}), else {@link #NONE}. */
    public static Conventions of(JsonNode spec) {
        JsonNode block = spec.path("conventions");
        if (!block.isObject()) {
            return NONE;
        }
        Set<String> rounding = new LinkedHashSet<>();
        rounding.add(HALF_UP);
        for (JsonNode r : block.path("percentRounding")) {
            rounding.add(r.asText());
        }
        for (String r : rounding) {
            if (!r.equals(HALF_UP) && !r.equals(TRUNCATE)) {
                throw new IllegalStateException("conventions: unknown percentRounding " + r
                        + " (known: " + HALF_UP + ", " + TRUNCATE + ")");
            }
        }
        return new Conventions(rounding, block.path("balancingUnits").asInt(0),
                Severity.valueOf(block.path("rateOfNothing").asText("INFO")));
    }

    public boolean allowsTruncation() {
        return percentRounding.contains(TRUNCATE);
    }
}
