package finacct.gateway.limits;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's Redis token bucket, shared by every gateway instance. Its buckets are kept under one
 * id for all routes: a client's limit is one limit, whichever service it calls.
 */
public class RedisClientRateLimiter implements ClientRateLimiter {

    static final String BUCKET_ID = "finacct-clients";

    private final RedisRateLimiter redis;
    private final long retryAfterSeconds;

    public RedisClientRateLimiter(RedisRateLimiter redis, int replenishPerSecond) {
        this.redis = redis;
        this.retryAfterSeconds = Math.max(1, (long) Math.ceil(1.0 / replenishPerSecond));
    }

    @Override
    public Mono<Decision> check(String client) {
        return redis.isAllowed(BUCKET_ID, client).map(response -> {
            String remaining = response.getHeaders().get(redis.getRemainingHeader());
            long left = remaining == null ? -1 : Long.parseLong(remaining);
            return new Decision(response.isAllowed(), response.isAllowed() ? 0 : retryAfterSeconds, left);
        });
    }
}
