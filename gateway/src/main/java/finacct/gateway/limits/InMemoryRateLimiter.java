package finacct.gateway.limits;

import reactor.core.publisher.Mono;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client, in this gateway's memory: the embedded default, where one gateway serves everybody.
 * Buckets of clients that have been quiet long enough to be full again are forgotten once the map reaches
 * {@code maxClients}, so a stream of new addresses cannot grow it without bound.
 */
public class InMemoryRateLimiter implements ClientRateLimiter {

    private final double perNano;
    private final double capacity;
    private final int maxClients;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public InMemoryRateLimiter(RateLimitProperties properties) {
        this(properties, System::nanoTime);
    }

    InMemoryRateLimiter(RateLimitProperties properties, LongSupplier nanoClock) {
        this.perNano = properties.requestsPerSecond() / 1e9;
        this.capacity = properties.burst();
        this.maxClients = properties.maxClients();
        this.nanoClock = nanoClock;
    }

    @Override
    public Mono<Decision> check(String client) {
        return Mono.fromSupplier(() -> take(client));
    }

    Decision take(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            forgetFullBuckets(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, perNano, capacity);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, 0, (long) Math.floor(bucket.tokens));
            }
            double missingNanos = (1 - bucket.tokens) / perNano;
            return new Decision(false, Math.max(1, (long) Math.ceil(missingNanos / 1e9)), 0);
        }
    }

    private void forgetFullBuckets(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next();
            synchronized (bucket) {
                bucket.refill(now, perNano, capacity);
                if (bucket.tokens >= capacity) {
                    it.remove();
                }
            }
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        void refill(long now, double perNano, double capacity) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
        }
    }
}
