package finacct.validation;

import finacct.service.mongo.MongoConfig;
import finacct.service.security.ResourceServerConfig;
import finacct.service.security.ServiceTokenConfig;
import finacct.service.web.ProblemHandling;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import({ResourceServerConfig.class, ProblemHandling.class, MongoConfig.class, ServiceTokenConfig.class})
public class ValidationApplication {
    public static void main(String[] args) {
        SpringApplication.run(ValidationApplication.class, args);
    }
}
