package finacct.submission.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param secret the value the gateway puts in {@code X-Finacct-Gateway}; blank means every request is refused */
@ConfigurationProperties("finacct.gateway")
public record GatewayProperties(String secret) {
}
