package finacct.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code finacct.gateway.rate-limit.*}: how many requests one client may make. A client is the authenticated
 * principal's name when there is one, else its address. The bucket holds {@code burst} requests and refills at
 * {@code requestsPerSecond}; {@code store} is {@code memory} (one gateway instance, the embedded default) or
 * {@code redis} (several instances share Spring Cloud Gateway's Redis rate limiter; needs spring.data.redis.*).
 */
@ConfigurationProperties("finacct.gateway.rate-limit")
public record RateLimitProperties(Boolean enabled, Double requestsPerSecond, Integer burst, String store,
                                  Integer maxClients) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        requestsPerSecond = requestsPerSecond == null || requestsPerSecond <= 0 ? 50.0 : requestsPerSecond;
        burst = burst == null || burst <= 0 ? 200 : burst;
        store = store == null || store.isBlank() ? "memory" : store.trim().toLowerCase(java.util.Locale.ROOT);
        maxClients = maxClients == null || maxClients <= 0 ? 100_000 : maxClients;
    }
}
