package finacct.identity.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data file of users and department systems ({@code accounts.json}): {@code {"users": [...], "clients": [...]}},
 * passwords and client secrets as bcrypt hashes. The issuer reads it on every sign-in, so an account added by
 * {@code finacct users add} works at once; writes replace the file atomically.
 */
public final class AccountsFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

    public record Contents(List<Account> users, List<Account> clients) {
        public Contents {
            users = users == null ? List.of() : List.copyOf(users);
            clients = clients == null ? List.of() : List.copyOf(clients);
        }
    }

    private final Path file;
    /** The accounts of an issuer that keeps them in memory only (no file): null until seeded. */
    private volatile Contents memory;

    public AccountsFile(Path file) {
        this.file = file;
    }

    /** Accounts held in memory, never written anywhere ({@code finacct up --memory}). */
    public static AccountsFile inMemory() {
        return new AccountsFile(null);
    }

    /** The file, or null when the accounts are held in memory. */
    public Path path() {
        return file;
    }

    public boolean exists() {
        return file == null ? memory != null : Files.exists(file);
    }

    public Contents read() {
        if (!exists()) {
            return new Contents(List.of(), List.of());
        }
        if (file == null) {
            return memory;
        }
        try {
            return JSON.readValue(file.toFile(), Contents.class);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取账号文件 " + file, e);
        }
    }

    public Optional<Account> user(String id) {
        return read().users().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Account> client(String id) {
        return read().clients().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Adds a user, or replaces the one of that name (a new password, role or department). */
    public synchronized Account putUser(String id, String name, String role, String department, String password) {
        Account account = new Account(id, name, role, department, hash(password));
        Contents now = read();
        List<Account> users = new ArrayList<>(now.users());
        users.removeIf(a -> a.id().equals(id));
        users.add(account);
        write(new Contents(users, now.clients()));
        return account;
    }

    /** Adds a department system (client credentials), or replaces the one of that id. */
    public synchronized Account putClient(String id, String name, String role, String department, String secret) {
        Account account = new Account(id, name, role, department, hash(secret));
        Contents now = read();
        List<Account> clients = new ArrayList<>(now.clients());
        clients.removeIf(a -> a.id().equals(id));
        clients.add(account);
        write(new Contents(now.users(), clients));
        return account;
    }

    public synchronized void write(Contents contents) {
        if (file == null) {
            memory = contents;
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".accounts", ".tmp");
            JSON.writeValue(temp.toFile(), contents);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入账号文件 " + file, e);
        }
    }

    public static String hash(String secret) {
        if (secret == null || secret.length() < 8) {
            throw new IllegalArgumentException("密码至少 8 个字符");
        }
        return BCRYPT.encode(secret);
    }

    public static boolean matches(String secret, Account account) {
        return secret != null && BCRYPT.matches(secret, account.secretHash());
    }
}
