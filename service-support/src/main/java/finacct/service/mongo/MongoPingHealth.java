package finacct.service.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Spring Boot's own Mongo health check needs Spring Data, which no service uses; a ping does the same job. */
public class MongoPingHealth implements HealthIndicator {

    private final MongoDatabase database;

    public MongoPingHealth(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Health health() {
        try {
            database.runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", database.getName()).build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
