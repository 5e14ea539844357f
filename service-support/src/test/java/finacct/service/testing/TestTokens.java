package finacct.service.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * A stand-in issuer for the services' tests: a generated RSA key, its JWK set served over HTTP (as an issuer's
 * {@code /oauth2/jwks}), a client-credentials token endpoint for service-to-service calls, and tokens of every kind
 * the matrix needs, the bad ones included (expired, signed by another key, a tampered claim, another issuer).
 * Point a service at it with {@link #register}.
 */
public final class TestTokens {

    public static final String ISSUER = "http://issuer.finacct.test";
    private static final RSAKey KEY = newKey("test-key");
    /** Same key id, other key: what a forger who read the JWK set's key id would sign with. */
    private static final RSAKey OTHER_KEY = newKey("test-key");
    private static HttpServer server;

    private TestTokens() {
    }

    /** Sets {@code finacct.security.issuer-uri} and {@code jwk-set-uri}, e.g. from a {@code @DynamicPropertySource}. */
    public static void register(BiConsumer<String, String> properties) {
        properties.accept("finacct.security.issuer-uri", ISSUER);
        properties.accept("finacct.security.jwk-set-uri", jwkSetUri());
    }

    public static synchronized String jwkSetUri() {
        return baseUrl() + "/oauth2/jwks";
    }

    public static synchronized String tokenUri() {
        return baseUrl() + "/oauth2/token";
    }

    public static String department(String code) {
        return department(code, code.toLowerCase() + "-officer");
    }

    /** A department's token for a named officer or system: two callers of one department. */
    public static String department(String code, String subject) {
        return mint(KEY, ISSUER, subject, Map.of("roles", List.of("department"), "department", code), Duration.ofHours(2));
    }

    public static String bureau() {
        return bureau("bureau-reviewer");
    }

    /** A bureau reviewer's token under another name: two people of one office. */
    public static String bureau(String subject) {
        return mint(KEY, ISSUER, subject, Map.of("roles", List.of("bureau")), Duration.ofHours(2));
    }

    public static String service() {
        return mint(KEY, ISSUER, "test-service", Map.of("roles", List.of("service")), Duration.ofHours(2));
    }

    public static String expired(String code) {
        return mint(KEY, ISSUER, code.toLowerCase() + "-officer", Map.of("roles", List.of("department"), "department", code),
                Duration.ofMinutes(-10));
    }

    public static String signedByAnotherKey(String code) {
        return mint(OTHER_KEY, ISSUER, code.toLowerCase() + "-officer",
                Map.of("roles", List.of("department"), "department", code), Duration.ofHours(2));
    }

    public static String ofAnotherIssuer(String code) {
        return mint(KEY, "http://elsewhere.example", code.toLowerCase() + "-officer",
                Map.of("roles", List.of("department"), "department", code), Duration.ofHours(2));
    }

    /** A valid token of {@code code} whose payload was edited to name {@code otherCode}, signature left as it was. */
    public static String tampered(String code, String otherCode) {
        String[] parts = department(code).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + code + "\"", "\"" + otherCode + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    public static String mint(RSAKey key, String issuer, String subject, Map<String, Object> claims, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer).subject(subject)
                .issueTime(Date.from(ttl.isNegative() ? now.plus(ttl).minusSeconds(600) : now))
                .expirationTime(Date.from(now.plus(ttl))).jwtID(UUID.randomUUID().toString());
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), builder.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String baseUrl() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/oauth2/jwks", exchange -> respond(exchange,
                    new JWKSet(KEY.toPublicJWK()).toString()));
            server.createContext("/oauth2/token", exchange -> respond(exchange,
                    "{\"access_token\":\"" + service() + "\",\"token_type\":\"Bearer\",\"expires_in\":600}"));
            server.setExecutor(null);
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
