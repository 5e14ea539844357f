package finacct.gateway;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/** The W3C trace id of the request the gateway is answering (continued from the client's traceparent, or new). */
final class TraceIds {

    private TraceIds() {
    }

    static String of(ServerWebExchange exchange) {
        Observation.Context context = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(Observation.Context.class::cast).orElse(null);
        if (context == null) {
            return null;
        }
        TracingObservationHandler.TracingContext tracing = context.get(TracingObservationHandler.TracingContext.class);
        Span span = tracing == null ? null : tracing.getSpan();
        return span == null ? null : span.context().traceId();
    }
}
