package finacct.submission.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.submission.rest.GatewaySecretFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
public class WebConfig {

    /** First in the chain: nothing else runs for a request that did not come through the gateway. */
    @Bean
    public FilterRegistrationBean<GatewaySecretFilter> gatewaySecretFilter(GatewayProperties gateway,
                                                                           ObjectMapper json) {
        FilterRegistrationBean<GatewaySecretFilter> registration =
                new FilterRegistrationBean<>(new GatewaySecretFilter(gateway.secret(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
