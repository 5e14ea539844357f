package finacct.identity.store;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs an access token as the embedded issuer does, for {@code finacct token} and the tests: subject, roles,
 * department, issuer, issued-at and expiry. Only whoever can read the issuer's key file can do this.
 */
public final class TokenMint {

    public static final String ROLES_CLAIM = "roles";
    public static final String DEPARTMENT_CLAIM = "department";

    private TokenMint() {
    }

    public static String mint(RSAKey key, String issuer, String subject, String role, String department, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.isBefore(now.plus(ttl)) ? now : now.plus(ttl).minusSeconds(60)))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim(ROLES_CLAIM, List.of(role));
        if (department != null) {
            claims.claim(DEPARTMENT_CLAIM, department);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
