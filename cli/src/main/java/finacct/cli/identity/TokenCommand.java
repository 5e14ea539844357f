package finacct.cli.identity;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code finacct token --department CODE | --bureau [--ttl 30m]}: an access token of the embedded issuer. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "打印内嵌身份服务签发的访问令牌（用于脚本与 curl：-H \"Authorization: Bearer $(./finacct token --bureau)\"）")
public class TokenCommand implements Callable<Integer> {

    static class Who {
        @Option(names = "--department", paramLabel = "CODE", description = "部门填报员的令牌（部门编码）")
        String department;

        @Option(names = "--bureau", description = "财政局审核员的令牌")
        boolean bureau;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    @Option(names = "--ttl", defaultValue = "PT30M", converter = DurationConverter.class,
            description = "有效期，如 30m、2h、PT1H（默认 30 分钟）")
    Duration ttl;

    @Option(names = "--data", defaultValue = "data", description = "数据目录（默认 ./data，与 up 相同）")
    Path data;

    @Option(names = "--port", defaultValue = "8080", description = "网关端口（与 up 相同；身份服务在其后第四个端口）")
    int port;

    @Override
    public Integer call() {
        LocalIssuer issuer = LocalIssuer.of(data.toAbsolutePath().normalize(), port);
        try {
            System.out.println(who.bureau ? issuer.bureauToken(ttl) : issuer.departmentToken(who.department, ttl));
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
