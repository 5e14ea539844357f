package finacct.gateway.limits;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code store: redis} the limits live in Redis (Spring Cloud Gateway's limiter); without it, no Redis at all. */
@SpringBootTest(properties = {"finacct.gateway.rate-limit.store=redis", "spring.data.redis.port=6390",
        "finacct.gateway.rate-limit.requests-per-second=20", "finacct.gateway.rate-limit.burst=40"})
class RedisRateLimitConfigTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theLimiterIsSpringCloudGatewaysRedisLimiter() {
        assertThat(context.getBean(ClientRateLimiter.class)).isInstanceOf(RedisClientRateLimiter.class);
        assertThat(context.getBeansOfType(RedisRateLimiter.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(org.springframework.data.redis.core.ReactiveStringRedisTemplate.class))
                .isNotEmpty();
    }
}
