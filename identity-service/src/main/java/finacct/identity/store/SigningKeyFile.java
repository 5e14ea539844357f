package finacct.identity.store;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The issuer's RSA signing key as a JWK file ({@code signing-key.json}, owner-readable only), made on first start so
 * that tokens stay valid across restarts, and so that {@code finacct token} can sign as the embedded issuer.
 */
public final class SigningKeyFile {

    private SigningKeyFile() {
    }

    /** A new key, kept by the caller only (the issuer of {@code finacct up --memory}). */
    public static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey key = generate();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, key.toJSONString());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("无法读写签名密钥 " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("签名密钥文件无效：" + file, e);
        }
    }

    public static RSAKey load(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException("找不到签名密钥 " + file + "：请先运行一次 ./finacct up（身份服务启动时生成）");
        }
        return loadOrCreate(file);
    }
}
