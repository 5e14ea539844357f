package finacct.gateway.limits;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Set;

/**
 * A write to the API that carries a body must say what it is: JSON for every endpoint, and for a document import
 * also plain text, an Excel workbook, a multipart form or raw bytes (the importer then looks at the content).
 * Anything else is refused with 415 before a service parses a byte of it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
public class ContentTypeFilter implements WebFilter {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));

    static final List<MediaType> DOCUMENTS = List.of(MediaType.APPLICATION_PDF, MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN,
            MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_OCTET_STREAM,
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            MediaType.parseMediaType("application/vnd.ms-excel"));

    /** A registry file for {@code POST /api/v1/registry/imports}: CSV (as such or as plain text) or a JSON array. */
    static final List<MediaType> REGISTRY_FILES = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("text/csv"),
            MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM);
    static final String REGISTRY_IMPORTS = "/api/v1/registry/imports";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/") || !WRITES.contains(request.getMethod()) || !hasBody(request.getHeaders())) {
            return chain.filter(exchange);
        }
        boolean document = path.endsWith("/import");
        boolean registryFile = path.equals(REGISTRY_IMPORTS);
        List<MediaType> accepted = document ? DOCUMENTS : registryFile ? REGISTRY_FILES : JSON;
        MediaType given = contentType(request.getHeaders());
        if (given != null && accepted.stream().anyMatch(a -> a.includes(given))) {
            return chain.filter(exchange);
        }
        return Mono.error(new UnsupportedContentTypeException(given == null ? null : given.toString(), document,
                registryFile));
    }

    private static MediaType contentType(HttpHeaders headers) {
        try {
            return headers.getContentType();
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private static boolean hasBody(HttpHeaders headers) {
        return headers.getContentLength() > 0 || headers.containsKey(HttpHeaders.TRANSFER_ENCODING);
    }

    /** 415 with the words a client needs to fix it. */
    public static class UnsupportedContentTypeException extends ResponseStatusException {

        private final String given;
        private final boolean document;
        private final boolean registryFile;

        UnsupportedContentTypeException(String given, boolean document, boolean registryFile) {
            super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content type");
            this.given = given;
            this.document = document;
            this.registryFile = registryFile;
        }

        public String detail() {
            String what = given == null ? "请求缺少 Content-Type" : "不支持的请求内容类型“" + given + "”";
            return what + (registryFile ? "：部门名录请用 text/csv（CSV）或 application/json（JSON 数组）"
                    : document
                    ? "：导入文档请用 application/pdf（PDF）、text/plain（文本）、application/json、Excel（.xlsx）或 multipart/form-data"
                    : "：本接口只接受 application/json（UTF-8）");
        }
    }
}
