package finacct.publication.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.SubmissionIds;
import finacct.publication.core.PublicDocument;
import finacct.publication.store.PublishedVersions;
import finacct.service.web.ApiProblem;
import finacct.service.web.FiscalYears;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The public portal's read: published versions only (a draft, a submission under review or a correction in
 * progress shows as its last published version, or not at all), no token, cacheable, readable from any origin.
 */
@RestController
@RequestMapping("/public/v1")
public class PublicController {

    private static final String BASE = "/public/v1/final-accounts/";
    private static final MediaType SCHEMA_TYPE = MediaType.parseMediaType("application/schema+json");

    private final PublishedVersions published;
    private final ObjectMapper json;
    private final byte[] schema;

    public PublicController(PublishedVersions published, ObjectMapper json) {
        this.published = published;
        this.json = json;
        this.schema = resource("public/final-accounts.schema.json");
    }

    /** One published department of the year: where its document is. */
    public record Listed(String departmentCode, String departmentName, int publishedVersion, String publishedAt,
                         String href) {
    }

    public record YearList(int fiscalYear, List<Listed> departments) {
    }

    public record VersionList(String departmentCode, String departmentName, int fiscalYear, int latestVersion,
                              List<Listed> versions) {
    }

    @GetMapping("/final-accounts/{year}")
    public ResponseEntity<byte[]> year(@PathVariable String year,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        int fiscalYear = FiscalYears.parse("year", year);
        List<Listed> listed = published.latestOfYear(fiscalYear).stream().map(PublicController::listed).toList();
        return PublicAnswers.json(bytes(new YearList(fiscalYear, listed)), ifNoneMatch, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/final-accounts/{year}/{dept}")
    public ResponseEntity<byte[]> latest(@PathVariable String year, @PathVariable String dept,
                                         @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        List<PublishedVersions.Kept> versions = versions(dept, year);
        PublishedVersions.Kept last = versions.get(versions.size() - 1);
        PublishedVersions.Kept kept = published.find(last.submissionId(), last.publishedVersion()).orElseThrow();
        return PublicAnswers.json(document(kept), ifNoneMatch, MediaType.APPLICATION_JSON);
    }

    /** The first public route, kept for the portals that use it: the same as {@code /final-accounts/{year}/{dept}}. */
    @GetMapping("/departments/{dept}/years/{year}")
    public ResponseEntity<byte[]> latestByDepartment(@PathVariable String dept, @PathVariable String year,
                                                     @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return latest(year, dept, ifNoneMatch);
    }

    @GetMapping("/final-accounts/{year}/{dept}/versions")
    public ResponseEntity<byte[]> versionList(@PathVariable String year, @PathVariable String dept,
                                              @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        List<PublishedVersions.Kept> versions = versions(dept, year);
        PublishedVersions.Kept last = versions.get(versions.size() - 1);
        return PublicAnswers.json(bytes(new VersionList(last.departmentCode(), last.departmentName(), last.fiscalYear(),
                last.publishedVersion(), versions.stream().map(PublicController::listed).toList())), ifNoneMatch,
                MediaType.APPLICATION_JSON);
    }

    @GetMapping("/final-accounts/{year}/{dept}/versions/{n}")
    public ResponseEntity<byte[]> version(@PathVariable String year, @PathVariable String dept, @PathVariable String n,
                                          @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        int fiscalYear = FiscalYears.parse("year", year);
        int number;
        try {
            number = Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw ApiProblem.badField("n", "公开版本号应为正整数，如 1");
        }
        PublishedVersions.Kept kept = published.find(SubmissionIds.of(dept, fiscalYear), number)
                .orElseThrow(() -> ApiProblem.notFound("部门“" + dept + "”" + fiscalYear + " 年度的决算没有第 " + n
                        + " 个公开版本"));
        return PublicAnswers.json(document(kept), ifNoneMatch, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/schema")
    public ResponseEntity<byte[]> schema(@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return PublicAnswers.json(schema, ifNoneMatch, SCHEMA_TYPE);
    }

    /** The layout of a template version (its tables' rows and columns with their captions): public, like the form itself. */
    @GetMapping("/templates/{version}")
    public ResponseEntity<byte[]> template(@PathVariable String version,
                                           @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        ReportTemplate template = ReportTemplates.find(version).orElseThrow(() -> ApiProblem.notFound(
                "没有报表模板“" + version + "”（现有：" + String.join("、", ReportTemplates.versions()) + "）"));
        return PublicAnswers.json(bytes(template), ifNoneMatch, MediaType.APPLICATION_JSON);
    }

    private List<PublishedVersions.Kept> versions(String dept, String year) {
        int fiscalYear = FiscalYears.parse("year", year);
        // absent and unpublished answer alike, so the public cannot tell a draft exists
        List<PublishedVersions.Kept> versions = published.versionsOf(SubmissionIds.of(dept, fiscalYear));
        if (versions.isEmpty()) {
            throw ApiProblem.notFound("部门“" + dept + "”" + fiscalYear + " 年度的决算尚未公开");
        }
        return versions;
    }

    /** The kept document, with last year's published figures beside this year's in its charts where there are any. */
    private byte[] document(PublishedVersions.Kept kept) {
        Optional<PublishedVersions.Kept> lastYear = published.latestAtOrBefore(
                SubmissionIds.of(kept.departmentCode(), kept.fiscalYear() - 1), kept.publishedAt());
        if (lastYear.isEmpty()) {
            return kept.json();
        }
        try {
            PublicDocument doc = json.readValue(kept.json(), PublicDocument.class);
            PublicDocument before = json.readValue(lastYear.get().json(), PublicDocument.class);
            return bytes(doc.besideLastYear(Optional.of(before)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Listed listed(PublishedVersions.Kept k) {
        return new Listed(k.departmentCode(), k.departmentName(), k.publishedVersion(), k.publishedAt(),
                BASE + k.fiscalYear() + "/" + k.departmentCode() + "/versions/" + k.publishedVersion());
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
