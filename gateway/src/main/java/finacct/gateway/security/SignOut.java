package finacct.gateway.security;

import finacct.kernel.access.RouteAccess;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Signing out ({@code POST /logout}, CSRF-protected like every write of a session): the gateway ends its session and
 * sends the browser to the issuer's end-session endpoint (OIDC RP-initiated logout, with the ID token as hint), which
 * ends the issuer's session too and sends the browser back to the gateway's {@value RouteAccess#SIGNED_OUT} page.
 * The issuer's endpoints are configured, not discovered (the gateway starts while the issuer does), so the
 * end-session endpoint is added to the registration's provider metadata here.
 */
final class SignOut {

    private SignOut() {
    }

    static ReactiveClientRegistrationRepository registrations(OAuth2ClientProperties client,
                                                              GatewaySecurityProperties properties) {
        List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(client).asClientRegistrations()
                .values().stream()
                .map(registration -> {
                    Map<String, Object> metadata =
                            new HashMap<>(registration.getProviderDetails().getConfigurationMetadata());
                    metadata.putIfAbsent("end_session_endpoint", properties.endSessionUri());
                    return ClientRegistration.withClientRegistration(registration)
                            .providerConfigurationMetadata(metadata).build();
                })
                .toList();
        return new InMemoryReactiveClientRegistrationRepository(registrations);
    }

    static ServerLogoutSuccessHandler atTheIssuerToo(ReactiveClientRegistrationRepository registrations) {
        OidcClientInitiatedServerLogoutSuccessHandler handler =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}" + RouteAccess.SIGNED_OUT);
        // a session without an OIDC sign-in has nothing to end at the issuer
        handler.setLogoutSuccessUrl(URI.create(RouteAccess.SIGNED_OUT));
        return handler;
    }
}
