package finacct.submission.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import finacct.kernel.registry.Department;
import finacct.submission.api.InputRejectedException;
import finacct.submission.registry.RegistryFileReader;
import finacct.submission.registry.RegistryRecord;
import finacct.submission.registry.RegistryService;
import finacct.submission.registry.UnknownDepartmentException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The department registry, the bureau's to manage (RouteAccess lets no other role reach {@code /api/v1/registry}).
 * Every change records the token's subject and the time.
 */
@RestController
@RequestMapping("/api/v1/registry")
public class RegistryController {

    private final RegistryService registry;

    public RegistryController(RegistryService registry) {
        this.registry = registry;
    }

    /** A department of the registry; {@code history} only when one department is asked for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DepartmentView(String code, String name, List<String> otherNames, String district,
                                 String districtName, boolean retired, long revision, String changedAt,
                                 String changedBy, List<RegistryRecord.Change> history) {
        static DepartmentView of(RegistryRecord r, boolean withHistory) {
            Department d = r.department();
            return new DepartmentView(d.code(), d.name(), d.otherNames(), d.district(), d.districtName(), d.retired(),
                    r.revision(), r.changedAt(), r.changedBy(), withHistory ? r.history() : null);
        }
    }

    public record DepartmentBody(String code, String name, List<String> otherNames, String district,
                                 String districtName) {
    }

    public record ImportAnswer(List<String> added, List<String> changed, List<String> unchanged,
                               List<DepartmentView> departments) {
    }

    @GetMapping("/departments")
    public List<DepartmentView> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
        return registry.list(includeRetired).stream().map(r -> DepartmentView.of(r, false)).toList();
    }

    @GetMapping("/departments/{code}")
    public DepartmentView one(@PathVariable String code) {
        return DepartmentView.of(registry.find(code).orElseThrow(() -> new UnknownDepartmentException(code)), true);
    }

    /** Adds or changes one department (a retired one given again is reinstated): 201 when added. */
    @PutMapping("/departments/{code}")
    public ResponseEntity<DepartmentView> put(@PathVariable String code, @RequestBody DepartmentBody body,
                                              HttpServletRequest request) {
        if (body == null) {
            throw InputRejectedException.of("body", "缺少部门信息：{\"name\": …, \"otherNames\": […], \"district\": …}");
        }
        if (body.code() != null && !body.code().isBlank() && !body.code().trim().equals(code)) {
            throw InputRejectedException.of("code", "请求体中的编码“" + body.code() + "”与路径中的编码“" + code + "”不同");
        }
        Department department = new RegistryFileReader(registry.district())
                .readOne(code, body.name(), body.otherNames(), body.district(), body.districtName());
        RegistryService.PutResult result = registry.put(department, CallerContext.of(request).actor());
        return ResponseEntity.status(result.outcome() == RegistryService.Outcome.ADDED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(DepartmentView.of(result.record(), true));
    }

    /** Retires a department: it opens no new year; its submissions stay readable. Retiring it again changes nothing. */
    @PostMapping("/departments/{code}/retirement")
    public DepartmentView retire(@PathVariable String code, HttpServletRequest request) {
        return DepartmentView.of(registry.retire(code, CallerContext.of(request).actor()), true);
    }

    /**
     * A registry file: CSV ({@code text/csv}, or {@code text/plain}) with the header
     * {@code code,name,otherNames,district}, or a JSON array. Checked whole first: any bad line is a 400 naming every
     * one, and nothing is stored. The departments it lists are added or changed; the others are left as they are.
     */
    @PostMapping("/imports")
    public ImportAnswer importFile(@RequestBody(required = false) byte[] body,
                                   @RequestHeader(value = "Content-Type", required = false) String contentType,
                                   @RequestParam(required = false) String filename, HttpServletRequest request) {
        if (body == null || body.length == 0) {
            throw InputRejectedException.of("body", "部门名录文件是空的：请发送 CSV（表头 code,name,otherNames,district）"
                    + "或 JSON 数组");
        }
        RegistryService.ImportResult result = registry.importFile(body,
                RegistryFileReader.formatOf(contentType, filename, body), CallerContext.of(request).actor());
        return new ImportAnswer(result.added(), result.changed(), result.unchanged(),
                result.departments().stream().map(r -> DepartmentView.of(r, false)).toList());
    }
}
