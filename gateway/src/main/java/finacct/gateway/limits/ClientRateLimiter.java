package finacct.gateway.limits;

import reactor.core.publisher.Mono;

/** Decides whether one more request of a client may pass now. */
public interface ClientRateLimiter {

    /**
     * @param allowed           whether the request passes
     * @param retryAfterSeconds when refused: how long the client should wait before the next try (at least 1)
     * @param remaining         requests left in the client's bucket, -1 when unknown
     */
    record Decision(boolean allowed, long retryAfterSeconds, long remaining) {
    }

    Mono<Decision> check(String client);
}
