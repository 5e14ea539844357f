package finacct.gateway;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Who is signed in, for the dashboard's header: the name is in the ID token the gateway keeps with the session,
 * which the services never see (they get the access token). The dashboard's pages themselves come from
 * publication-service through the {@code /bureau/**} route; this one path is the gateway's own (handler mappings
 * come before routes). Only the bureau role reaches it (RouteAccess).
 */
@RestController
class BureauSession {

    @GetMapping(value = "/bureau/session", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> session(Authentication caller) {
        // a signed-in browser has its ID token's name; an API client with a bearer token only its subject
        String subject = caller == null ? "" : caller.getName();
        String name = caller != null && caller.getPrincipal() instanceof OidcUser user
                ? String.valueOf(user.getAttributes().getOrDefault("name", subject)) : subject;
        return Map.of("id", subject, "name", name);
    }
}
