package finacct.gateway.limits;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.autoconfigure.data.redis.RedisReactiveAutoConfiguration;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Chooses the limiter's store. Boot's Redis auto-configuration is excluded in application.yml, so a gateway
 * without Redis neither connects to one nor reports it in its health; {@code store: redis} brings it back.
 */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfig {

    @Bean
    @ConditionalOnProperty(name = "finacct.gateway.rate-limit.store", havingValue = "memory", matchIfMissing = true)
    ClientRateLimiter inMemoryRateLimiter(RateLimitProperties properties) {
        return new InMemoryRateLimiter(properties);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "finacct.gateway.rate-limit.store", havingValue = "redis")
    @Import({RedisAutoConfiguration.class, RedisReactiveAutoConfiguration.class})
    static class Redis {

        /** Replaces the gateway's own RedisRateLimiter bean, which has no default limits. */
        @Bean
        RedisRateLimiter redisRateLimiter(RateLimitProperties properties) {
            return new RedisRateLimiter(replenish(properties), properties.burst());
        }

        @Bean
        ClientRateLimiter redisClientRateLimiter(RedisRateLimiter redis, RateLimitProperties properties) {
            return new RedisClientRateLimiter(redis, replenish(properties));
        }

        private static int replenish(RateLimitProperties properties) {
            return (int) Math.max(1, Math.round(properties.requestsPerSecond()));
        }
    }
}
