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

import java.util.LinkedHashMap;
import java.util.Map;

/** Spring Authorization Server with OpenID Connect: the platform's accounts, clients, signing key and claims. */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfig {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfig.class);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                // a browser that is not signed in goes to the login page; an API caller gets 401
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    AccountsFile accountsFile(IdentityProperties properties) {
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
        if (has(properties.gatewayClientSecret())) {
            String gateway = properties.gatewayUrl().toString().replaceAll("/+$", "");
            builtIn.put(IdentityProperties.GATEWAY_CLIENT, RegisteredClient.withId(IdentityProperties.GATEWAY_CLIENT)
                    .clientId(IdentityProperties.GATEWAY_CLIENT)
                    .clientName("区级部门决算平台")
                    .clientSecret(encoder.encode(properties.gatewayClientSecret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(gateway + "/login/oauth2/code/finacct")
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
            builtIn.put(IdentityProperties.SERVICE_CLIENT, RegisteredClient.withId(IdentityProperties.SERVICE_CLIENT)
                    .clientId(IdentityProperties.SERVICE_CLIENT)
                    .clientSecret(encoder.encode(properties.serviceClientSecret()))
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
        return new ImmutableJWKSet<>(new JWKSet(SigningKeyFile.loadOrCreate(properties.signingKeyFile())));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(AccountsFile accounts) {
        return new PlatformClaims(accounts);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }
}
