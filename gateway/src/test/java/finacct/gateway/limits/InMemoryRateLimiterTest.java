package finacct.gateway.limits;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTest {

    final AtomicLong nanos = new AtomicLong();

    InMemoryRateLimiter limiter(double perSecond, int burst, int maxClients) {
        return new InMemoryRateLimiter(new RateLimitProperties(true, perSecond, burst, "memory", maxClients), nanos::get);
    }

    @Test
    void aClientSpendsItsBurstThenWaitsForTheRefillWhileOthersKeepTheirOwnBucket() {
        InMemoryRateLimiter limiter = limiter(2, 3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("a").allowed()).isTrue();
        }
        ClientRateLimiter.Decision refused = limiter.take("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1); // half a second, rounded up
        assertThat(limiter.take("b").allowed()).isTrue();

        nanos.addAndGet(500_000_000L);
        assertThat(limiter.take("a").allowed()).isTrue();
        assertThat(limiter.take("a").allowed()).isFalse();
    }

    @Test
    void retryAfterSaysWhenTheNextRequestPasses() {
        InMemoryRateLimiter limiter = limiter(0.1, 1, 100);
        assertThat(limiter.take("a").allowed()).isTrue();
        assertThat(limiter.take("a").retryAfterSeconds()).isEqualTo(10);
        nanos.addAndGet(4_000_000_000L);
        assertThat(limiter.take("a").retryAfterSeconds()).isEqualTo(6);
    }

    @Test
    void quietClientsAreForgottenWhenTheTableIsFullButLimitedOnesAreNot() {
        InMemoryRateLimiter limiter = limiter(1, 2, 2);
        limiter.take("quiet");
        limiter.take("busy");
        limiter.take("busy");
        nanos.addAndGet(1_000_000_000L); // quiet is full again, busy has one token
        assertThat(limiter.take("new").allowed()).isTrue();
        assertThat(limiter.take("busy").allowed()).isTrue();
        assertThat(limiter.take("busy").allowed()).isFalse(); // its bucket survived the clean-up
    }
}
