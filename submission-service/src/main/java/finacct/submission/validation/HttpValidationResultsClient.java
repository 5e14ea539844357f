package finacct.submission.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.service.calls.ServiceCall;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks validation-service ({@code GET /api/v1/validation/{dept}/{year}}) with this service's own access token
 * (client credentials at the issuer as {@code finacct-submission-service}, role {@code service}), not the
 * reviewer's: the answer must not depend on who relays it.
 */
@Component
public class HttpValidationResultsClient implements ValidationResultsClient {

    private final ServiceCall call;
    private final ObjectMapper json;

    public HttpValidationResultsClient(@Value("${finacct.validation.base-url}") URI baseUrl,
                                       OAuth2AuthorizedClientManager tokens,
                                       @Value("${finacct.validation.timeout:10s}") Duration timeout,
                                       ObjectMapper json) {
        this.call = new ServiceCall(baseUrl, tokens, "submission-service", timeout);
        this.json = json;
    }

    @Override
    public Optional<LatestValidation> latest(String departmentCode, int fiscalYear) {
        ServiceCall.Answer answer;
        try {
            answer = call.get("api/v1/validation/" + ServiceCall.segment(departmentCode) + "/" + fiscalYear);
        } catch (ServiceCall.Unavailable e) {
            throw new ValidationUnavailableException(e.getMessage(), e);
        }
        if (answer.status() == 404) {
            return Optional.empty(); // no result yet for this submission
        }
        if (answer.status() != 200) {
            throw new ValidationUnavailableException("GET " + answer.uri() + " answered " + answer.status() + ": "
                    + ServiceCall.abbreviate(answer.body()));
        }
        try {
            return Optional.of(json.readValue(answer.body(), LatestValidation.class));
        } catch (IOException e) {
            throw new ValidationUnavailableException("GET " + answer.uri() + " did not answer a result: "
                    + ServiceCall.abbreviate(answer.body()), e);
        }
    }
}
