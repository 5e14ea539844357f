package finacct.identity.store;

import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first accounts of the embedded default, made when there is no accounts file yet: one bureau reviewer
 * ({@code bureau}), one officer per registered department (user name = the department code in lower case) and one
 * system client per department ({@code <code>-system}). Each gets its own random password, written once in clear to
 * {@code initial-passwords.txt} beside the accounts file (readable by its owner only); the accounts file keeps only
 * bcrypt hashes.
 */
public final class Seeding {

    public static final String BUREAU_USER = "bureau";
    public static final String PASSWORDS_FILE = "initial-passwords.txt";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Seeding() {
    }

    public static String officerName(Department department) {
        return department.code().toLowerCase(Locale.ROOT);
    }

    public static String systemClientId(Department department) {
        return department.code().toLowerCase(Locale.ROOT) + "-system";
    }

    /** True when it seeded; false when the file was there already (it is never overwritten). */
    public static synchronized boolean seedIfAbsent(AccountsFile accounts, DepartmentRegistry registry) {
        return seedIfAbsent(accounts, registry, null);
    }

    /**
     * @param clearPasswords where the first passwords go when the accounts are held in memory (there is no folder for
     *                       {@value #PASSWORDS_FILE}); ignored for an accounts file
     */
    public static synchronized boolean seedIfAbsent(AccountsFile accounts, DepartmentRegistry registry,
                                                    java.util.function.Consumer<String> clearPasswords) {
        if (accounts.exists()) {
            return false;
        }
        List<Account> users = new ArrayList<>();
        List<Account> clients = new ArrayList<>();
        StringBuilder clear = new StringBuilder("# 初始账号与密码（仅此一份明文；登录后请用 ./finacct users add 更换）\n");
        String password = newPassword();
        users.add(new Account(BUREAU_USER, "区财政局审核员", Roles.BUREAU, null, AccountsFile.hash(password)));
        clear.append("user ").append(BUREAU_USER).append(' ').append(password).append('\n');
        for (Department d : registry.all()) {
            password = newPassword();
            users.add(new Account(officerName(d), d.name() + "填报员", Roles.DEPARTMENT, d.code(),
                    AccountsFile.hash(password)));
            clear.append("user ").append(officerName(d)).append(' ').append(password).append('\n');
            password = newPassword();
            clients.add(new Account(systemClientId(d), d.name() + "业务系统", Roles.DEPARTMENT, d.code(),
                    AccountsFile.hash(password)));
            clear.append("client ").append(systemClientId(d)).append(' ').append(password).append('\n');
        }
        if (accounts.path() == null) {
            accounts.write(new AccountsFile.Contents(users, clients));
            if (clearPasswords != null) {
                clearPasswords.accept(clear.toString());
            }
            return true;
        }
        Path passwords = accounts.path().toAbsolutePath().getParent().resolve(PASSWORDS_FILE);
        try {
            Files.createDirectories(passwords.getParent());
            Files.writeString(passwords, clear);
            ownerOnly(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accounts.write(new AccountsFile.Contents(users, clients));
        ownerOnly(accounts.path());
        return true;
    }

    public static String newPassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows: the folder's own permissions apply
        }
    }
}
