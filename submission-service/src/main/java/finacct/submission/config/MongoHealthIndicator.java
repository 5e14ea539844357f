package finacct.submission.config;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Boot's own Mongo health check needs spring-data-mongodb, which this service does not use. */
@Component("mongoHealthIndicator")
public class MongoHealthIndicator implements HealthIndicator {

    private final MongoClient client;
    private final SubmissionProperties properties;

    public MongoHealthIndicator(MongoClient client, SubmissionProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    public Health health() {
        try {
            client.getDatabase(properties.mongoDatabase()).runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", properties.mongoDatabase()).build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
