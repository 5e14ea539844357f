package finacct.publication.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * How the public routes answer: the JSON bytes with a strong ETag computed over exactly those bytes, so a portal
 * asking again with {@code If-None-Match} gets 304 and no body while nothing changed, and may cache for a minute.
 */
final class PublicAnswers {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private PublicAnswers() {
    }

    static ResponseEntity<byte[]> json(byte[] body, String ifNoneMatch, MediaType type) {
        String etag = etag(body);
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHE).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CACHE).contentType(type)
                .header(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length)).body(body);
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match compares weakly (RFC 9110 §13.1.2): a W/ prefix does not matter; "*" matches anything. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }
}
