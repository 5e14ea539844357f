package finacct.gateway;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * Which service answers which path. Paths are forwarded unchanged. Anything else under /api or /public matches no
 * route and gets a 404 problem (see {@link ProblemJsonExceptionHandler}). On the API routes a signed-in browser's
 * access token goes along as a bearer token (TokenRelay); an API client's own Authorization header passes unchanged.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayRoutes {

    public static final String SUBMISSION = "submission-service";
    public static final String VALIDATION = "validation-service";
    public static final String PUBLICATION = "publication-service";
    public static final String PUBLIC = "public-portal";
    public static final String DASHBOARD = "bureau-dashboard";
    public static final String PORTAL_PAGE = "public-page";

    /** Route id -> how a user is told which part of the platform did not answer. */
    static final Map<String, String> SERVICE_NAMES = Map.of(
            SUBMISSION, "填报服务（submission-service）",
            VALIDATION, "审核服务（validation-service）",
            PUBLICATION, "公开服务（publication-service）",
            PUBLIC, "公开服务（publication-service）",
            DASHBOARD, "财政局看板（publication-service）",
            PORTAL_PAGE, "公开页面（publication-service）");

    @Bean
    RouteLocator finacctRoutes(RouteLocatorBuilder builder, GatewayProperties properties) {
        GatewayProperties.Services services = properties.services();
        return builder.routes()
                .route(SUBMISSION, r -> r.path("/api/v1/departments/**", "/api/v1/templates/**", "/api/v1/reviews/**",
                                "/api/v1/registry/**")
                        .filters(f -> f.tokenRelay())
                        .uri(services.submission()))
                .route(VALIDATION, r -> r.path("/api/v1/validation/**")
                        .filters(f -> f.tokenRelay())
                        .uri(services.validation()))
                .route(PUBLICATION, r -> r.path("/api/v1/read-models/**", "/api/v1/overview/**")
                        .filters(f -> f.tokenRelay())
                        .uri(services.publication()))
                // no Method predicate: a POST must reach PublicReadOnlyFilter (405), not fall through to a 404, and
                // CORS preflights must match the route to be answered from the globalcors configuration
                .route(PUBLIC, r -> r.path("/public/v1/**")
                        .filters(f -> f.dedupeResponseHeader(
                                "Access-Control-Allow-Origin Access-Control-Allow-Credentials Vary", "RETAIN_FIRST"))
                        .uri(services.publication()))
                // the dashboard's static pages: the signed-in reviewer's token goes along, as the service checks it
                .route(DASHBOARD, r -> r.path("/bureau", "/bureau/**")
                        .filters(f -> f.tokenRelay())
                        .uri(services.publication()))
                .route(PORTAL_PAGE, r -> r.path("/public/portal", "/public/portal/**")
                        .uri(services.publication()))
                .build();
    }
}
