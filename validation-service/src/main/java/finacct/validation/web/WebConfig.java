package finacct.validation.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
public class WebConfig {

    @Bean
    FilterRegistrationBean<GatewaySecretFilter> gatewaySecretFilter(
            @Value("${finacct.gateway.secret:}") String secret, ObjectMapper json) {
        FilterRegistrationBean<GatewaySecretFilter> registration =
                new FilterRegistrationBean<>(new GatewaySecretFilter(secret, json));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
