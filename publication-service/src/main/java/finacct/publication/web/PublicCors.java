package finacct.publication.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Any web page may read the public routes (a portal on its own domain); nothing else is open across origins. */
@Configuration(proxyBeanMethods = false)
public class PublicCors implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/public/**")
                .allowedOrigins("*")
                .allowedMethods("GET", "HEAD")
                .exposedHeaders("ETag", "Cache-Control")
                .maxAge(3600);
    }
}
