package finacct.submission.config;

import com.mongodb.client.MongoClient;
import finacct.service.mongo.MongoPingHealth;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store on MongoDB. axon-mongo's Spring Boot auto-configuration is not on Maven Central, so the beans are
 * declared here. No Spring transaction manager exists (spring-data-mongodb is not on the classpath), so Axon uses
 * its no-op one: multi-document transactions need a replica set, which mongo-java-server does not have.
 */
@Configuration(proxyBeanMethods = false)
public class AxonMongoConfig {

    /** Replay and tracking read 1000 events per query: the default 100 made replay about 4x slower. */
    static final int EVENT_BATCH_SIZE = 1000;

    @Bean
    public MongoTemplate axonMongoTemplate(MongoClient client, SubmissionProperties properties) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, properties.mongoDatabase()).build();
    }

    /** Boot's own Mongo health check needs spring-data-mongodb, which this service does not use. */
    @Bean
    public HealthIndicator mongoHealthIndicator(MongoClient client, SubmissionProperties properties) {
        return new MongoPingHealth(client.getDatabase(properties.mongoDatabase()));
    }

    @Bean
    public EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Serializer serializer) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .batchSize(EVENT_BATCH_SIZE)
                .build();
    }

    @Bean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    /**
     * Keeps loaded submissions in memory while anything references them: on mongo-java-server every load by
     * aggregate id scans the whole collection (it ignores non-unique indexes), so reloading per command would
     * get slower as the store grows.
     */
    @Bean
    public Cache submissionCache() {
        return new WeakReferenceCache();
    }

    /** Copies who did it, and the request's correlation id when there is one, from each command onto its events. */
    @Bean
    public CorrelationDataProvider actorAndCorrelationId() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.ACTOR, MetaDataKeys.CORRELATION_ID);
    }
}
