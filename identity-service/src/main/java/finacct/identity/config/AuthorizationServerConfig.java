package finacct.identity.config;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import finacct.identity.store.AccountsFile;
import finacct.identity.store.Seeding;
import finacct.identity.store.SigningKeyFile;
import finacct.kernel.registry.DepartmentRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Spring Authorization Server with OpenID Connect: the platform's accounts, clients, signing key and claims. */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfig {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfig.class);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, IdentityProperties properties) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                // the API description's UI, a page of the gateway, fetches its token from here in the browser
                .cors(c -> c.configurationSource(gatewayOrigin(properties)))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                // a browser that is not signed in goes to the login page; an API caller gets 401
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    private static CorsConfigurationSource gatewayOrigin(IdentityProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.addAllowedOrigin(origin(properties.gatewayUrl()));
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.addAllowedHeader("*");
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/oauth2/token", cors);
        source.registerCorsConfiguration("/oauth2/jwks", cors);
        source.registerCorsConfiguration("/.well-known/openid-configuration", cors);
        return source;
    }

    private static String origin(java.net.URI url) {
        return url.getScheme() + "://" + url.getAuthority();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginChain(HttpSecurity http, IdentityProperties properties) throws Exception {
        // a CORS preflight (OPTIONS) is no endpoint of the server's chain: it is answered here
        http.cors(c -> c.configurationSource(gatewayOrigin(properties)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    AccountsFile accountsFile(IdentityProperties properties) {
        if (properties.inMemory()) {
            // nothing on disk: the first passwords exist only in this log, for this run
            AccountsFile accounts = AccountsFile.inMemory();
            Seeding.seedIfAbsent(accounts, DepartmentRegistry.loadDefault(),
                    clear -> log.info("accounts held in memory only (gone when the issuer stops); first passwords:\n{}", clear));
            return accounts;
        }
        AccountsFile accounts = new AccountsFile(properties.accountsFile());
        if (Seeding.seedIfAbsent(accounts, DepartmentRegistry.loadDefault())) {
            log.info("seeded the accounts file {}; first passwords in {}", accounts.path(),
                    properties.dataDir().resolve(Seeding.PASSWORDS_FILE));
        }
        return accounts;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountsFile accounts) {
        return new AccountsUserDetailsService(accounts);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties, AccountsFile accounts,
                                                          PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
        Map<String, RegisteredClient> builtIn = new LinkedHashMap<>();
        String gateway = properties.gatewayUrl().toString().replaceAll("/+$", "");
        // the API description's UI signs in as a public client: no secret in a browser page, PKCE instead
        builtIn.put(IdentityProperties.API_DOCS_CLIENT, RegisteredClient.withId(IdentityProperties.API_DOCS_CLIENT)
                .clientId(IdentityProperties.API_DOCS_CLIENT)
                .clientName("接口文档（Swagger UI）")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(gateway + "/swagger-ui/oauth2-redirect.html")
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build());
        if (has(properties.gatewayClientSecret())) {
            builtIn.put(IdentityProperties.GATEWAY_CLIENT, RegisteredClient.withId(IdentityProperties.GATEWAY_CLIENT)
                    .clientId(IdentityProperties.GATEWAY_CLIENT)
                    .clientName("区级部门决算平台")
                    .clientSecret(encoder.encode(properties.gatewayClientSecret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(gateway + "/login/oauth2/code/finacct")
                    // after signing out (OIDC RP-initiated logout at /connect/logout) the browser returns to the gateway
                    .postLogoutRedirectUri(gateway + "/signed-out")
                    .postLogoutRedirectUri(gateway + "/")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                            .requireAuthorizationConsent(false).build())
                    .tokenSettings(tokens)
                    .build());
        } else {
            log.warn("FINACCT_GATEWAY_CLIENT_SECRET is not set: browsers cannot sign in through the gateway");
        }
        if (has(properties.serviceClientSecret())) {
            builtIn.put(IdentityProperties.SERVICE_CLIENT,
                    serviceClient(IdentityProperties.SERVICE_CLIENT, properties.serviceClientSecret(), encoder, tokens));
        }
        if (has(properties.submissionClientSecret())) {
            builtIn.put(IdentityProperties.SUBMISSION_CLIENT, serviceClient(IdentityProperties.SUBMISSION_CLIENT,
                    properties.submissionClientSecret(), encoder, tokens));
        }
        if (has(properties.cliClientSecret())) {
            builtIn.put(IdentityProperties.CLI_CLIENT, RegisteredClient.withId(IdentityProperties.CLI_CLIENT)
                    .clientId(IdentityProperties.CLI_CLIENT)
                    .clientName("命令行（./finacct token）")
                    .clientSecret(encoder.encode(properties.cliClientSecret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(tokens)
                    .build());
        }
        return new AccountsClientRepository(builtIn, accounts, tokens);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(properties.inMemory() ? SigningKeyFile.generate()
                : SigningKeyFile.loadOrCreate(properties.signingKeyFile())));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(AccountsFile accounts) {
        return new PlatformClaims(accounts);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
    }

    /** One of the platform's services calling another: client credentials only, role {@code service}. */
    private static RegisteredClient serviceClient(String clientId, String secret, PasswordEncoder encoder,
                                                  TokenSettings tokens) {
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret(encoder.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokens)
                .build();
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }
}
