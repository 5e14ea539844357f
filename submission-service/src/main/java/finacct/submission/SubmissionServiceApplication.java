package finacct.submission;

import finacct.service.web.ProblemHandling;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import finacct.service.security.ResourceServerConfig;
import finacct.service.security.ServiceTokenConfig;

@SpringBootApplication
@ConfigurationPropertiesScan
@Import({ProblemHandling.class, ResourceServerConfig.class, ServiceTokenConfig.class})
public class SubmissionServiceApplication {

    public static void main(String[] args) {
        // Axon's update checker calls home and writes ~/.axoniq unless told not to, before Spring reads any property
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(SubmissionServiceApplication.class, args);
    }
}
