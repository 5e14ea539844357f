package finacct.identity.config;

import finacct.identity.store.Seeding;
import finacct.kernel.registry.DepartmentRegistry;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import finacct.identity.store.Account;
import finacct.identity.store.AccountsFile;
import finacct.identity.store.Roles;
import finacct.identity.store.TokenMint;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.List;
import java.util.Optional;

/**
 * Puts the platform's claims into access and ID tokens: {@code roles} (bureau / department / service) and
 * {@code department} (the code), taken from the signed-in user's account or the calling system's.
 */
class PlatformClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final AccountsFile accounts;

    PlatformClaims(AccountsFile accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean access = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean id = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!access && !id) {
            return;
        }
        Optional<Account> account;
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                && IdentityProperties.CLI_CLIENT.equals(context.getRegisteredClient().getClientId())) {
            account = onBehalf(context);
        } else if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            String clientId = context.getRegisteredClient().getClientId();
            account = serviceAccount(clientId).or(() -> accounts.client(clientId));
        } else {
            account = accounts.user(context.getPrincipal().getName());
        }
        account.ifPresent(a -> context.getClaims().claims(claims -> {
            claims.put(TokenMint.ROLES_CLAIM, List.of(a.role()));
            if (a.department() != null) {
                claims.put(TokenMint.DEPARTMENT_CLAIM, a.department());
            }
            if (id) {
                claims.put("name", a.name());
            }
        }));
    }

    /**
     * The command line's token: the account named by the parameter {@code as} ({@code bureau}, or a registered
     * department's code for its officer) becomes the subject, and {@code ttl} (seconds, up to 30 days) its life.
     */
    private Optional<Account> onBehalf(JwtEncodingContext context) {
        Map<String, Object> parameters = context.getAuthorizationGrant() instanceof OAuth2ClientCredentialsAuthenticationToken grant
                ? grant.getAdditionalParameters() : Map.of();
        String as = String.valueOf(parameters.getOrDefault("as", ""));
        Optional<Account> account = as.equals(Seeding.BUREAU_USER) ? accounts.user(Seeding.BUREAU_USER)
                : DepartmentRegistry.loadDefault().byCode(as).flatMap(d -> accounts.user(Seeding.officerName(d)));
        if (account.isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
                    "as: bureau, or a department code of the registry", null));
        }
        context.getClaims().subject(account.get().id());
        Object ttl = parameters.get("ttl");
        if (ttl != null) {
            long seconds;
            try {
                seconds = Long.parseLong(String.valueOf(ttl));
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (seconds < 1 || seconds > Duration.ofDays(30).toSeconds()) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
                        "ttl: seconds, 1 to 2592000", null));
            }
            Instant issued = Instant.now();
            context.getClaims().issuedAt(issued).notBefore(issued).expiresAt(issued.plusSeconds(seconds));
        }
        return account;
    }

    /** The platform's own services (configured, not in the accounts file). */
    private static Optional<Account> serviceAccount(String clientId) {
        return switch (clientId) {
            case IdentityProperties.SERVICE_CLIENT ->
                    Optional.of(new Account(clientId, "审核服务", Roles.SERVICE, null, "$2a$unused"));
            case IdentityProperties.SUBMISSION_CLIENT ->
                    Optional.of(new Account(clientId, "填报服务", Roles.SERVICE, null, "$2a$unused"));
            default -> Optional.empty();
        };
    }
}
