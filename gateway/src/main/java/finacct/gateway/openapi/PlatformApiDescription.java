package finacct.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import finacct.gateway.GatewayProperties;
import finacct.gateway.security.GatewaySecurityConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The platform's one OpenAPI description, {@code GET /api-docs/finacct} (what the gateway's Swagger UI shows): the
 * department, bureau and public APIs, fetched from each service's {@code /v3/api-docs} at the addresses the routes
 * use and merged ({@link ApiDescriptionMerger}). A service that does not answer leaves its part out, named in
 * {@code info.description}: the description itself always answers.
 */
@RestController
class PlatformApiDescription {

    static final String PATH = "/api-docs/finacct";
    private static final Logger log = LoggerFactory.getLogger(PlatformApiDescription.class);
    /**
     * A service builds its description at the first request, which took over 5 s on a loaded two-core machine; a
     * service that is down is refused at once, so only a hung one makes the reader wait this long.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private record Service(String name, String title, URI base) {
    }

    private final List<Service> services;
    private final WebClient http;
    private final ObjectMapper json;
    private final ReactiveClientRegistrationRepository registrations;

    PlatformApiDescription(GatewayProperties properties, ObjectMapper json,
                           ReactiveClientRegistrationRepository registrations) {
        GatewayProperties.Services s = properties.services();
        this.services = List.of(
                new Service("submission", "部门决算填报 API（submission-service）", s.submission()),
                new Service("validation", "审核 API（validation-service）", s.validation()),
                new Service("publication", "读取与公开 API（publication-service）", s.publication()));
        // a plain client: Boot's instrumented one would register http.client.requests meters whose tags clash
        // with the gateway's own in Prometheus
        this.http = WebClient.builder().build();
        this.json = json;
        this.registrations = registrations;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ObjectNode> description() {
        Mono<List<ApiDescriptionMerger.Part>> parts = Flux.fromIterable(services)
                .flatMapSequential(service -> fetch(service)
                        .map(d -> new ApiDescriptionMerger.Part(service.name(), service.title(), d.orElse(null))))
                .collectList();
        return Mono.zip(parts, registrations.findByRegistrationId(GatewaySecurityConfig.REGISTRATION)
                        .map(Optional::of).defaultIfEmpty(Optional.empty()))
                .map(t -> ApiDescriptionMerger.merge(t.getT1(), info(), securitySchemes(t.getT2()), security()));
    }

    private Mono<Optional<JsonNode>> fetch(Service service) {
        return http.get().uri(service.base().resolve("/v3/api-docs"))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(PATIENCE)
                .map(body -> {
                    try {
                        return Optional.of(json.readTree(body));
                    } catch (Exception e) {
                        throw new IllegalStateException("not JSON", e);
                    }
                })
                .onErrorResume(e -> {
                    log.warn("API description of {} not available: {}", service.name(), e.toString());
                    return Mono.just(Optional.empty());
                });
    }

    private ObjectNode info() {
        ObjectNode info = json.createObjectNode();
        info.put("title", "区级部门决算平台 API");
        info.put("version", "v1");
        info.put("description", """
                部门（填报、导入、提交本部门的决算）、财政局（审核、重新审核、总览、读取模型）和公开（/public/v1，\
                只读、无需令牌、仅已公开的数据）三部分接口，均经网关访问。调用时带上 OIDC 签发者颁发的访问令牌\
                （Authorization: Bearer …，可用 ./finacct token 取得），或点击 Authorize 登录。""");
        return info;
    }

    /** The schemes once, from the gateway's own view of the issuer (its authorization and token endpoints). */
    private ObjectNode securitySchemes(Optional<ClientRegistration> registration) {
        ObjectNode schemes = json.createObjectNode();
        schemes.putObject("bearer-jwt").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "OIDC 签发者颁发的访问令牌（Authorization: Bearer …）");
        ObjectNode oauth2 = schemes.putObject("oauth2").put("type", "oauth2")
                .put("description", "经 OIDC 签发者登录（授权码 + PKCE）");
        ObjectNode flow = oauth2.putObject("flows").putObject("authorizationCode");
        registration.ifPresent(r -> flow
                .put("authorizationUrl", r.getProviderDetails().getAuthorizationUri())
                .put("tokenUrl", r.getProviderDetails().getTokenUri()));
        flow.putObject("scopes").put("openid", "登录身份");
        return schemes;
    }

    private ArrayNode security() {
        ArrayNode security = json.createArrayNode();
        security.addObject().putArray("bearer-jwt");
        security.addObject().putArray("oauth2").add("openid");
        return security;
    }
}
