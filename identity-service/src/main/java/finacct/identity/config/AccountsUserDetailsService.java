package finacct.identity.config;

import finacct.identity.store.AccountsFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Users from the accounts file, read at each sign-in so that an added user can sign in at once. */
class AccountsUserDetailsService implements UserDetailsService {

    private final AccountsFile accounts;

    AccountsUserDetailsService(AccountsFile accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.user(username)
                .map(a -> User.withUsername(a.id()).password(a.secretHash())
                        .authorities(new SimpleGrantedAuthority("ROLE_" + a.role())).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
