package finacct.service.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's own database ({@code finacct.mongodb.uri}, {@code finacct.mongodb.database}), through
 * mongodb-driver-sync directly: no Spring Data, so no repositories and no transaction manager (mongo-java-server
 * has no transactions). Import it into the application.
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

    @Bean
    HealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoPingHealth(database);
    }
}
