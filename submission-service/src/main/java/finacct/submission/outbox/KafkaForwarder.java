package finacct.submission.outbox;

import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Topics;
import finacct.submission.config.MetaDataKeys;
import finacct.submission.config.SubmissionProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The outbox: forwards every stored event to {@link Topics#SUBMISSION_EVENTS}, keyed by submission id, in each
 * submission's sequence order.
 * <p>
 * Records of a processor batch are sent back to back; when the batch's last event is handled, the forwarder waits
 * for Kafka to acknowledge all of them (acks=all, idempotent producer). Only then does the handler return, and only
 * after that does the processor store its token (it is configured to store tokens after processing). A failed or
 * missing ack fails the batch: the token stays, the processor retries. At-least-once, nothing stored is lost; a
 * retry or restart may send an event twice, and consumers are idempotent by submission id + sequence.
 * <p>
 * An event Kafka will never accept (larger than the topic allows; {@link EventSizeGuard} keeps new ones out, but a
 * stored one may predate it or a smaller topic) would stall every department's events behind it forever. It is set
 * aside instead ({@link SetAsideEvents}, metric {@code finacct.outbox.set.aside}, an ALERT in the log) and the
 * forwarder goes on.
 */
@Component
@ProcessingGroup(KafkaForwarder.PROCESSOR)
public class KafkaForwarder {

    public static final String PROCESSOR = "kafka-forwarder";
    private static final String PENDING = KafkaForwarder.class.getName() + ".pending";
    private static final Logger log = LoggerFactory.getLogger(KafkaForwarder.class);

    private final KafkaTemplate<String, String> kafka;
    private final EnvelopeFactory envelopes;
    private final ForwardedSequences forwarded;
    private final EventStore eventStore;
    private final Duration ackTimeout;
    private final Counter sent;
    private final Counter gapFilled;
    private final Counter setAside;
    private final SetAsideEvents setAsideEvents;

    public KafkaForwarder(KafkaTemplate<String, String> kafka, EnvelopeFactory envelopes,
                          ForwardedSequences forwarded, EventStore eventStore, SubmissionProperties properties,
                          MeterRegistry meters, SetAsideEvents setAsideEvents) {
        this.setAsideEvents = setAsideEvents;
        this.setAside = Counter.builder("finacct.outbox.set.aside")
                .description("stored events Kafka can never accept, set aside so the others go on")
                .register(meters);
        this.kafka = kafka;
        this.envelopes = envelopes;
        this.forwarded = forwarded;
        this.eventStore = eventStore;
        this.ackTimeout = properties.kafkaSendTimeout();
        this.sent = Counter.builder("finacct.outbox.forwarded").description("events acknowledged by Kafka")
                .register(meters);
        this.gapFilled = Counter.builder("finacct.outbox.gap.filled")
                .description("events the tracking stream skipped and the forwarder read by submission id")
                .register(meters);
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        PendingSends pending = unitOfWork.getOrComputeResource(PENDING, key -> new PendingSends());
        if (message instanceof DomainEventMessage<?> event) {
            queue(event, pending);
        }
        // only the aggregate publishes here, so every event is a domain event; anything else is not forwarded
        boolean lastOfBatch = !(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage();
        if (lastOfBatch) {
            awaitAcks(pending);
        }
    }

    private void queue(DomainEventMessage<?> event, PendingSends pending) {
        String submissionId = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        long last = Math.max(pending.highestQueued(submissionId), forwarded.last(submissionId));
        if (sequence <= last) {
            return; // already sent (a re-delivered batch, or sent while filling a gap)
        }
        if (sequence > last + 1) {
            fillGap(submissionId, last + 1, sequence, pending);
        }
        send(event, pending);
    }

    /**
     * axon-mongo's tracking token is a timestamp plus the ids seen in a short look-back window; an event committed
     * later than that window after its own timestamp is never handed to the processor. Its successor reveals the
     * gap, and the submission's own stream (read by id, which is exact) supplies the missing events.
     */
    private void fillGap(String submissionId, long from, long until, PendingSends pending) {
        log.warn("tracking stream skipped {} sequence {}..{}; reading them by submission id", submissionId, from,
                until - 1);
        eventStore.readEvents(submissionId, from).asStream()
                .filter(e -> e.getSequenceNumber() < until)
                .forEach(e -> {
                    send(e, pending);
                    gapFilled.increment();
                });
    }

    private void send(DomainEventMessage<?> event, PendingSends pending) {
        EventEnvelope envelope = envelopes.envelope(event);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.SUBMISSION_EVENTS,
                envelope.submissionId(), envelopes.toJson(envelope));
        Object correlationId = event.getMetaData().get(MetaDataKeys.CORRELATION_ID);
        if (correlationId != null) {
            record.headers().add(MetaDataKeys.CORRELATION_ID,
                    correlationId.toString().getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<?> ack;
        try {
            ack = kafka.send(record);
        } catch (RuntimeException e) {
            ack = CompletableFuture.failedFuture(e); // some producers refuse an oversized record at once
        }
        pending.add(new PendingSends.Send(envelope.eventId(), envelope.submissionId(), envelope.sequence(),
                envelope.type(), ack));
    }

    private void awaitAcks(PendingSends pending) {
        if (pending.isEmpty()) {
            return;
        }
        int acknowledged;
        try {
            acknowledged = pending.awaitAll(ackTimeout, this::setAside);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForwardingFailedException("interrupted while waiting for Kafka's acks", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ForwardingFailedException("Kafka did not acknowledge " + pending.size()
                    + " events of this batch; the batch will be sent again", e);
        }
        pending.highestPerSubmission().forEach(forwarded::record);
        sent.increment(acknowledged);
    }

    private void setAside(PendingSends.Send send, Throwable reason) {
        log.error("ALERT outbox: event {} ({} sequence {}, {}) can never be sent to Kafka and is set aside: {}. "
                        + "The other services will not see it until it is re-sent.", send.eventId(),
                send.submissionId(), send.sequence(), send.type(), reason.toString());
        setAsideEvents.record(new SetAsideEvents.SetAside(send.eventId(), send.submissionId(), send.sequence(),
                send.type(), reason.getClass().getSimpleName() + ": " + reason.getMessage(), SetAsideEvents.now()));
        setAside.increment();
    }
}
