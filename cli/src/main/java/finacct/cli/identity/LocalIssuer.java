package finacct.cli.identity;

import finacct.identity.store.Roles;
import finacct.identity.store.Seeding;
import finacct.identity.store.SigningKeyFile;
import finacct.identity.store.TokenMint;
import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded issuer as seen from the command line: its key file under {@code <data>/identity} and its URL
 * ({@code http://localhost:<gateway port + 4>}). Tokens minted here are the issuer's own: the services accept them as
 * they accept one from its token endpoint. With the secret of the command line's client ({@code cliSecret}: what
 * {@code up --memory} prints as {@value #CLI_SECRET_ENV}, whose issuer keeps its key in memory) the bureau's and the
 * officers' tokens are asked of the running issuer instead.
 */
public record LocalIssuer(Path dataDir, String issuerUrl, String cliSecret) {

    public static final String DIRECTORY = "identity";
    /** Where {@code finacct token} finds the secret {@code up --memory} printed (or the system property below). */
    public static final String CLI_SECRET_ENV = "FINACCT_CLI_SECRET";
    static final String CLI_SECRET_PROPERTY = "finacct.cli.secret";

    public LocalIssuer(Path dataDir, String issuerUrl) {
        this(dataDir, issuerUrl, null);
    }

    public LocalIssuer {
        cliSecret = cliSecret == null || cliSecret.isBlank() ? null : cliSecret.trim();
    }

    /** The issuer of {@code up --port gatewayPort --data dataDir}, with the command line's secret if one is set. */
    public static LocalIssuer of(Path dataDir, int gatewayPort) {
        return new LocalIssuer(dataDir, "http://localhost:" + (gatewayPort + 4),
                System.getProperty(CLI_SECRET_PROPERTY, System.getenv(CLI_SECRET_ENV)));
    }

    public LocalIssuer withCliSecret(String secret) {
        return new LocalIssuer(dataDir, issuerUrl, secret);
    }

    public Path identityDir() {
        return dataDir.resolve(DIRECTORY);
    }

    /** Any token this issuer could sign, unchecked against the registry: for tests and tools that need odd ones. */
    public String token(String subject, String role, String department, Duration ttl) {
        return TokenMint.mint(SigningKeyFile.load(keyFile()), issuerUrl, subject, role, department, ttl);
    }

    public String bureauToken(Duration ttl) {
        if (cliSecret != null) {
            return IssuerTokens.fetch(issuerUrl, cliSecret, Seeding.BUREAU_USER, ttl);
        }
        return TokenMint.mint(key(), issuerUrl, Seeding.BUREAU_USER, Roles.BUREAU, null, ttl);
    }

    public String departmentToken(String code, Duration ttl) {
        Department department = knownDepartment(code);
        if (cliSecret != null) {
            return IssuerTokens.fetch(issuerUrl, cliSecret, department.code(), ttl);
        }
        return TokenMint.mint(key(), issuerUrl, Seeding.officerName(department), Roles.DEPARTMENT, department.code(), ttl);
    }

    private Path keyFile() {
        return identityDir().resolve("signing-key.json");
    }

    private com.nimbusds.jose.jwk.RSAKey key() {
        if (!Files.exists(keyFile())) {
            throw new IllegalStateException("找不到签名密钥 " + keyFile() + "：请先运行一次 ./finacct up。"
                    + "若平台以 ./finacct up --memory 运行，密钥只在身份服务的内存中：请按启动时的提示设置 "
                    + CLI_SECRET_ENV + "（例如 export " + CLI_SECRET_ENV + "=…），令牌即向运行中的身份服务领取");
        }
        return SigningKeyFile.load(keyFile());
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
