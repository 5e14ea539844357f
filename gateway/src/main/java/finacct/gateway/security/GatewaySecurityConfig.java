package finacct.gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.authentication.ReactiveOidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoderFactory;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

import java.util.Set;

/**
 * The gateway is a resource server for API clients (bearer JWT, verified here and again by each service) and an
 * OAuth2 client for browsers: authorization code with PKCE at the issuer, then a session cookie, with a CSRF token
 * (cookie {@code XSRF-TOKEN}, header {@code X-XSRF-TOKEN}) required on a session's writes, and the user's access token
 * relayed to the services (TokenRelay); {@code POST /logout} signs out here and at the issuer ({@link SignOut}). Who
 * may reach which route is {@link RouteAccessWebFilter}'s call.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GatewaySecurityProperties.class, OAuth2ClientProperties.class})
public class GatewaySecurityConfig {

    /** The client registration id of the platform's issuer (see application.yml). */
    public static final String REGISTRATION = "finacct";
    /** WebFlux's session cookie. */
    static final String SESSION_COOKIE = "SESSION";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    /** The configured registration (application.yml), with the issuer's end-session endpoint for signing out. */
    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(OAuth2ClientProperties client,
                                                             GatewaySecurityProperties properties) {
        return SignOut.registrations(client, properties);
    }

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, GatewaySecurityProperties properties,
                                    ReactiveClientRegistrationRepository registrations, ObjectMapper json) {
        SecurityProblems problems = new SecurityProblems(json);
        DefaultServerOAuth2AuthorizationRequestResolver pkce =
                new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        RedirectServerAuthenticationEntryPoint signIn =
                new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION);
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(new PathPatternParserServerWebExchangeMatcher("/bureau/**"), signIn));
        entryPoint.setDefaultEntryPoint((exchange, e) ->
                problems.write(exchange, HttpStatus.UNAUTHORIZED, SecurityProblems.UNAUTHORIZED));

        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        ServerCsrfTokenRequestAttributeHandler csrfHandler = new ServerCsrfTokenRequestAttributeHandler();

        http.authorizeExchange(a -> a.anyExchange().permitAll())
                .oauth2ResourceServer(o -> o.jwt(jwt -> { })
                        .bearerTokenConverter(new OpenRouteBearerTokenConverter())
                        .authenticationEntryPoint((exchange, e) ->
                                problems.write(exchange, HttpStatus.UNAUTHORIZED, SecurityProblems.UNAUTHORIZED))
                        .accessDeniedHandler((exchange, e) ->
                                problems.write(exchange, HttpStatus.FORBIDDEN, SecurityProblems.FORBIDDEN)))
                .oauth2Login(login -> login.authorizationRequestResolver(pkce))
                .logout(logout -> logout.logoutSuccessHandler(SignOut.atTheIssuerToo(registrations)))
                .csrf(c -> c.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(csrfHandler)
                        .requireCsrfProtectionMatcher(sessionWrites())
                        .accessDeniedHandler((exchange, e) ->
                                problems.write(exchange, HttpStatus.FORBIDDEN, SecurityProblems.CSRF)))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((exchange, denied) ->
                                problems.write(exchange, HttpStatus.FORBIDDEN, SecurityProblems.FORBIDDEN)))
                .addFilterAt(new RouteAccessWebFilter(properties.access(), problems), SecurityWebFiltersOrder.AUTHORIZATION)
                .addFilterAfter(csrfCookieFilter(), SecurityWebFiltersOrder.CSRF);
        return http.build();
    }

    /**
     * CSRF protects what a browser sends on its own with the session cookie; a request carrying its own bearer token,
     * or no session cookie, has no ambient credential to abuse, so only a session's unsafe methods need the token.
     */
    private static ServerWebExchangeMatcher sessionWrites() {
        return exchange -> {
            boolean bearer = String.valueOf(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                    .regionMatches(true, 0, "Bearer ", 0, 7);
            boolean session = exchange.getRequest().getCookies().containsKey(SESSION_COOKIE);
            return session && !bearer && !SAFE.contains(exchange.getRequest().getMethod())
                    ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

    /** The CSRF token is made lazily; subscribing to it makes the cookie go out with the page a browser loads. */
    private static WebFilter csrfCookieFilter() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
        };
    }

    /** Bearer tokens: signature by the issuer's key, the issuer, and expiry (JWK set fetched on first use). */
    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties properties) {
        String issuer = properties.issuerUri();
        if (properties.jwkSetUri().isEmpty()) {
            return new SupplierReactiveJwtDecoder(() -> ReactiveJwtDecoders.fromIssuerLocation(issuer));
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }

    /** ID tokens of the browser sign-in: besides Spring's checks, the issuer must be the trusted one. */
    @Bean
    ReactiveJwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(GatewaySecurityProperties properties) {
        ReactiveOidcIdTokenDecoderFactory factory = new ReactiveOidcIdTokenDecoderFactory();
        factory.setJwtValidatorFactory(registration -> new DelegatingOAuth2TokenValidator<>(
                new OidcIdTokenValidator(registration), new JwtIssuerValidator(properties.issuerUri())));
        return factory;
    }

    /** What TokenRelay asks for the signed-in user's access token (refreshed when it expires). */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
                                                                  ServerOAuth2AuthorizedClientRepository clients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }
}
