package finacct.cli.identity;

import picocli.CommandLine.ITypeConverter;

import java.time.Duration;
import java.util.Locale;

/** "30m", "2h", "90s", "1d" or ISO-8601 ("PT30M"). */
public class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("pt") || v.startsWith("p")) {
            return Duration.parse(v.toUpperCase(Locale.ROOT));
        }
        long n = Long.parseLong(v.substring(0, v.length() - 1));
        return switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("有效期应写成 30m、2h、90s 或 PT30M：" + value);
        };
    }
}
