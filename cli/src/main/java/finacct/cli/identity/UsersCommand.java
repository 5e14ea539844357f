package finacct.cli.identity;

import finacct.identity.store.AccountsFile;
import finacct.identity.store.Roles;
import finacct.identity.store.Seeding;
import finacct.kernel.registry.DepartmentRegistry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code finacct users add ID (--bureau | --department CODE) [--client] [--name 名称] [--password-stdin]}: adds a
 * user (or, with {@code --client}, a department system using client credentials) to the embedded issuer's accounts
 * file. The issuer reads the file at each sign-in: no restart. Without {@code --password-stdin} a password is made
 * up and printed once.
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "管理内嵌身份服务的账号",
        subcommands = UsersCommand.Add.class)
public class UsersCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "新增或更新账号（密码以 bcrypt 散列写入 <数据目录>/identity/accounts.json）")
    static class Add implements Callable<Integer> {

        static class Role {
            @Option(names = "--department", paramLabel = "CODE", description = "部门填报员（部门编码）")
            String department;

            @Option(names = "--bureau", description = "财政局审核员")
            boolean bureau;
        }

        @Parameters(index = "0", paramLabel = "ID", description = "用户名（或 --client 时的客户端 id）")
        String id;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Role role;

        @Option(names = "--client", description = "部门业务系统（client_credentials 客户端），而非登录用户")
        boolean client;

        @Option(names = "--name", description = "显示名称")
        String name;

        @Option(names = "--password-stdin", description = "从标准输入读密码（至少 8 个字符）")
        boolean passwordStdin;

        @Option(names = "--data", defaultValue = "data", description = "数据目录（默认 ./data，与 up 相同）")
        Path data;

        @Override
        public Integer call() throws Exception {
            String department = role.bureau ? null : role.department;
            if (department != null) {
                try {
                    LocalIssuer.knownDepartment(department);
                } catch (IllegalArgumentException e) {
                    System.err.println(e.getMessage());
                    return 2;
                }
            }
            String password = passwordStdin
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                    : Seeding.newPassword();
            AccountsFile accounts = new AccountsFile(
                    data.toAbsolutePath().normalize().resolve(LocalIssuer.DIRECTORY).resolve("accounts.json"));
            // before the issuer's first start: seed the file as it would, or it would find a file and seed nothing
            if (Seeding.seedIfAbsent(accounts, DepartmentRegistry.loadDefault())) {
                System.out.println("已按部门名录建立初始账号，密码见 "
                        + accounts.path().getParent().resolve(Seeding.PASSWORDS_FILE));
            }
            String roleName = role.bureau ? Roles.BUREAU : Roles.DEPARTMENT;
            String shown = name == null ? id : name;
            try {
                if (client) {
                    accounts.putClient(id, shown, roleName, department, password);
                } else {
                    accounts.putUser(id, shown, roleName, department, password);
                }
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            System.out.println("已写入 " + accounts.path() + "：" + (client ? "客户端 " : "用户 ") + id + "（"
                    + (department == null ? "财政局" : department) + "）");
            if (!passwordStdin) {
                System.out.println((client ? "客户端密钥：" : "密码：") + password);
            }
            return 0;
        }
    }
}
