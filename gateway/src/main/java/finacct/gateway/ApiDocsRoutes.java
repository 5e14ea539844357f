package finacct.gateway;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each service's OpenAPI description at {@code /api-docs/<service>} (the service's own {@code /v3/api-docs}); the
 * gateway's Swagger UI ({@code /swagger-ui.html}) lists all three (springdoc.swagger-ui.urls in application.yml).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsRoutes {

    @Bean
    RouteLocator serviceApiDocsRoutes(RouteLocatorBuilder builder, GatewayProperties properties) {
        GatewayProperties.Services services = properties.services();
        return builder.routes()
                .route("api-docs-submission", r -> r.path("/api-docs/submission").and().method("GET")
                        .filters(f -> f.setPath("/v3/api-docs")).uri(services.submission()))
                .route("api-docs-validation", r -> r.path("/api-docs/validation").and().method("GET")
                        .filters(f -> f.setPath("/v3/api-docs")).uri(services.validation()))
                .route("api-docs-publication", r -> r.path("/api-docs/publication").and().method("GET")
                        .filters(f -> f.setPath("/v3/api-docs")).uri(services.publication()))
                .build();
    }
}
