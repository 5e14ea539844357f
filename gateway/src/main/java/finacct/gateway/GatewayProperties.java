package finacct.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.net.URI;

/**
 * {@code finacct.gateway.*}: the request size limit, and where the services are (application.yml maps them from
 * SUBMISSION_SERVICE_URL, VALIDATION_SERVICE_URL, PUBLICATION_SERVICE_URL).
 */
@ConfigurationProperties("finacct.gateway")
public record GatewayProperties(DataSize maxRequestSize, Services services) {

    public GatewayProperties {
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(20) : maxRequestSize;
        services = services == null ? new Services(null, null, null) : services;
    }

    public record Services(URI submission, URI validation, URI publication) {

        public Services {
            submission = submission == null ? URI.create("http://localhost:8081") : submission;
            validation = validation == null ? URI.create("http://localhost:8082") : validation;
            publication = publication == null ? URI.create("http://localhost:8083") : publication;
        }
    }
}
