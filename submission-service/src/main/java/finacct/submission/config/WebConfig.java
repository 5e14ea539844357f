package finacct.submission.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.service.web.GatewayRefusal;
import finacct.service.web.GatewaySecretFilter;
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
        return new GatewaySecretFilter(gateway.secret(), json, refusal(gateway.secret()))
                .registration(Ordered.HIGHEST_PRECEDENCE);
    }

    /** This service tells the caller whether the secret is missing here or missing/wrong in the request. */
    private static GatewayRefusal refusal(String secret) {
        String detail = GatewaySecretFilter.isConfigured(secret)
                ? "请求未经网关转发（缺少或不匹配 " + GatewaySecretFilter.HEADER + " 请求头），服务拒绝直接访问"
                : "服务未配置网关密钥（FINACCT_GATEWAY_SECRET），拒绝所有请求";
        return new GatewayRefusal("禁止访问", detail, detail);
    }
}
