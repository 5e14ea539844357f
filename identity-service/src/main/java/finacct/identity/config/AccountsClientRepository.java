package finacct.identity.config;

import finacct.identity.store.Account;
import finacct.identity.store.AccountsFile;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.util.Map;

/**
 * The platform's own clients (the gateway, validation-service) from configuration, and the departments' systems
 * from the accounts file (client credentials only), read at each request so that an added system works at once.
 */
class AccountsClientRepository implements RegisteredClientRepository {

    private final Map<String, RegisteredClient> builtIn;
    private final AccountsFile accounts;
    private final TokenSettings tokens;

    AccountsClientRepository(Map<String, RegisteredClient> builtIn, AccountsFile accounts, TokenSettings tokens) {
        this.builtIn = Map.copyOf(builtIn);
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("clients are configured or added with finacct users add --client");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        RegisteredClient client = builtIn.get(clientId);
        if (client != null) {
            return client;
        }
        return accounts.client(clientId).map(this::system).orElse(null);
    }

    private RegisteredClient system(Account account) {
        return RegisteredClient.withId(account.id())
                .clientId(account.id())
                .clientName(account.name())
                .clientSecret(account.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokens)
                .build();
    }
}
