package finacct.identity.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One person who signs in (a bureau reviewer or a department's officer) or one department system that asks for
 * tokens with client credentials.
 *
 * @param id         the user name, or the client id of a system
 * @param name       what the platform shows for them (Chinese)
 * @param role       {@link Roles#BUREAU}, {@link Roles#DEPARTMENT} or {@link Roles#SERVICE}
 * @param department the department's code for {@link Roles#DEPARTMENT}, else null
 * @param secretHash the bcrypt hash of the password or client secret (never the secret itself)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Account(String id, String name, String role, String department, String secretHash) {

    public Account {
        if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("账号名只能由字母、数字和 . _ @ - 组成（1–64 个字符）：" + id);
        }
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("未知角色 " + role + "（应为 " + Roles.ALL + "）");
        }
        if (Roles.DEPARTMENT.equals(role) == (department == null || department.isBlank())) {
            throw new IllegalArgumentException("部门角色必须且只有部门角色带部门代码：" + id);
        }
        if (secretHash == null || !secretHash.startsWith("$2")) {
            throw new IllegalArgumentException("密码须以 bcrypt 散列保存：" + id);
        }
    }
}
