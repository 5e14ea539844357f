package finacct.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The gateway check with the {@link GatewayRefusal#STANDARD standard} words; import it into the application. */
@Configuration(proxyBeanMethods = false)
public class GatewaySecretConfig {

    @Bean
    FilterRegistrationBean<GatewaySecretFilter> gatewaySecretFilter(
            @Value("${finacct.gateway.secret:}") String secret, ObjectMapper json) {
        return new GatewaySecretFilter(secret, json).registration(Ordered.HIGHEST_PRECEDENCE + 10);
    }
}
