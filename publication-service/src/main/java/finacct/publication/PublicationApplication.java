package finacct.publication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PublicationApplication {
    public static void main(String[] args) {
        SpringApplication.run(PublicationApplication.class, args);
    }
}
