package finacct.validation.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's own database, through mongodb-driver-sync directly: no Spring Data, so no repositories and no
 * transaction manager (mongo-java-server has no transactions).
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfig {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(@Value("${finacct.mongodb.uri}") String uri) {
        return MongoClients.create(uri);
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, @Value("${finacct.mongodb.database}") String database) {
        return client.getDatabase(database);
    }

    /** Spring Boot's own Mongo health check needs Spring Data; a ping does the same job. */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return () -> {
            try {
                database.runCommand(new Document("ping", 1));
                return Health.up().withDetail("database", database.getName()).build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }
}
