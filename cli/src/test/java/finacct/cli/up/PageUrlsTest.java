package finacct.cli.up;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class PageUrlsTest {

    @Test
    void thePublicPageNamesTheSamplesDepartmentAndYearAsTheQueryThePageReads() {
        URI page = URI.create(PageUrls.publicPage("http://localhost:8080", "420112-DSJZX", 2020));
        assertThat(page.getPath()).isEqualTo("/public/portal/");
        assertThat(page.getQuery()).isEqualTo("year=2020&dept=420112-DSJZX");
        assertThat(PageUrls.publicPage("http://localhost:9090", null, null)).isEqualTo("http://localhost:9090/public/portal/");
        assertThat(PageUrls.dashboard("http://localhost:9090", null)).isEqualTo("http://localhost:9090/bureau/");
        assertThat(PageUrls.dashboard("http://localhost:8080", 2020)).isEqualTo("http://localhost:8080/bureau/?year=2020");
    }
}
