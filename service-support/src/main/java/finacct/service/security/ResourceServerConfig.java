package finacct.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every servlet service is an OAuth2 resource server and checks each request again, whatever the gateway did:
 * the bearer JWT must be signed by the trusted issuer's key, name that issuer and be unexpired (else 401), and the
 * route must be the caller's ({@link RouteAccessFilter}: 403 / 404). No session, so no CSRF to guard. Public reads,
 * the API description, health and metrics (scraped inside the cluster) need no token, and on the open routes a bad
 * token is ignored rather than refused ({@link OpenRouteBearerTokenResolver}). Import it into the application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerConfig {

    @Bean
    SecurityFilterChain resourceServer(HttpSecurity http, SecurityProperties properties, ObjectMapper json)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/**").permitAll()
                        // an error dispatch keeps its own status instead of turning into a 401; an async dispatch
                        // (a server-sent events stream ending) finishes a request already let in
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(HttpMethod.GET, "/public/**").permitAll()
                        // the API description: what a client reads before it has a token
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/public/**").permitAll()
                        // a browser's CORS preflight of a public read carries no token
                        .requestMatchers(HttpMethod.OPTIONS, "/public/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> { })
                        .bearerTokenResolver(new OpenRouteBearerTokenResolver())
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, ProblemResponses.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, ProblemResponses.FORBIDDEN)))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problems.write(request,
                        response, HttpStatus.UNAUTHORIZED, ProblemResponses.UNAUTHORIZED)))
                .addFilterAfter(new RouteAccessFilter(properties.access(), problems), AuthorizationFilter.class);
        return http.build();
    }

    /** A request the firewall refuses (a "..", an encoded slash) gets the same problem+json as any other 400. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        ProblemResponses problems = new ProblemResponses(json);
        return (request, response, e) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                ProblemResponses.REJECTED);
    }

    /**
     * Verifies signature, issuer and expiry. With a JWK set URI the keys are fetched on first use (and again when
     * a token names an unknown key); without one the issuer's discovery document is read at the first request, so
     * a service starts even while the issuer is still starting.
     */
    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        String issuer = properties.issuerUri();
        if (properties.jwkSetUri().isEmpty()) {
            return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
