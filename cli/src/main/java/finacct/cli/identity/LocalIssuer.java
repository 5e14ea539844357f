package finacct.cli.identity;

import finacct.identity.store.Roles;
import finacct.identity.store.Seeding;
import finacct.identity.store.SigningKeyFile;
import finacct.identity.store.TokenMint;
import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded issuer as seen from the command line: its key file under {@code <data>/identity} and its URL
 * ({@code http://localhost:<gateway port + 4>}). Tokens minted here are the issuer's own: the services accept them as
 * they accept one from its token endpoint.
 */
public record LocalIssuer(Path dataDir, String issuerUrl) {

    public static final String DIRECTORY = "identity";

    public static LocalIssuer of(Path dataDir, int gatewayPort) {
        return new LocalIssuer(dataDir, "http://localhost:" + (gatewayPort + 4));
    }

    public Path identityDir() {
        return dataDir.resolve(DIRECTORY);
    }

    /** Any token this issuer could sign, unchecked against the registry: for tests and tools that need odd ones. */
    public String token(String subject, String role, String department, Duration ttl) {
        return TokenMint.mint(SigningKeyFile.load(identityDir().resolve("signing-key.json")), issuerUrl,
                subject, role, department, ttl);
    }

    public String bureauToken(Duration ttl) {
        return TokenMint.mint(SigningKeyFile.load(identityDir().resolve("signing-key.json")), issuerUrl,
                Seeding.BUREAU_USER, Roles.BUREAU, null, ttl);
    }

    public String departmentToken(String code, Duration ttl) {
        Department department = knownDepartment(code);
        return TokenMint.mint(SigningKeyFile.load(identityDir().resolve("signing-key.json")), issuerUrl,
                Seeding.officerName(department), Roles.DEPARTMENT, department.code(), ttl);
    }

    /**
     * A department of the shipped registry, or any well-formed code: the platform's registry (which the bureau
     * changes at runtime) is the one that decides, and answers for a code it does not have.
     */
    public static Department knownDepartment(String code) {
        return DepartmentRegistry.loadDefault().byCode(code)
                .or(() -> Department.isWellFormedCode(code)
                        ? java.util.Optional.of(new Department(code, code, java.util.List.of(), code.substring(0, 6), ""))
                        : java.util.Optional.empty())
                .orElseThrow(() -> new IllegalArgumentException("部门编码“" + code + "”不在部门名录中"
                        + "（部门编码形如 420112-CZJ）"));
    }
}
