package finacct.publication.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * The bureau's dashboard ({@code /bureau/}, the bureau's token only, as RouteAccess says) and the public page
 * ({@code /public/portal/}, open) are static files under {@code static/}; a folder's address serves its
 * {@code index.html}. Apache ECharts comes from its webjar under the open {@code /public/portal/webjars/}, so that
 * both pages load the same file without a CDN.
 */
@Configuration(proxyBeanMethods = false)
public class DashboardPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String folder : new String[] {"/bureau", "/public/portal"}) {
            // pages name their scripts relative to the folder, so the folder's address must end with a slash; the
            // Location stays relative (a given status sets the header as is), as behind the gateway this host is not
            // the browser's
            registry.addRedirectViewController(folder, folder + "/").setStatusCode(HttpStatus.FOUND);
            registry.addViewController(folder + "/").setViewName("forward:" + folder + "/index.html");
        }
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/public/portal/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                // the version is in the path: a new ECharts is a new address
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
    }
}
