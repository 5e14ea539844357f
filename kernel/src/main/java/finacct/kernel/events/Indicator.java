package finacct.kernel.events;

/** One indicator line of a self-evaluation table: levels, name, target, actual, weight and score as printed. */
public record Indicator(String level1, String level2, String name, String target, String actual,
                        String weight, String score) {
}
