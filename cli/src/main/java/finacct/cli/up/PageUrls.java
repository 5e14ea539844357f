package finacct.cli.up;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses {@code up} prints for people: the bureau's dashboard and a department's public page. */
final class PageUrls {

    private PageUrls() {
    }

    /** The dashboard, opened on the sample's year when there is one (it opens on last year otherwise). */
    static String dashboard(String gateway, Integer fiscalYear) {
        return gateway + "/bureau/" + (fiscalYear == null ? "" : "?year=" + fiscalYear);
    }

    /** The public page of one department's year; without one, the page that lists the published departments. */
    static String publicPage(String gateway, String departmentCode, Integer fiscalYear) {
        if (departmentCode == null || fiscalYear == null) {
            return gateway + "/public/portal/";
        }
        return gateway + "/public/portal/?year=" + fiscalYear + "&dept="
                + URLEncoder.encode(departmentCode, StandardCharsets.UTF_8);
    }
}
