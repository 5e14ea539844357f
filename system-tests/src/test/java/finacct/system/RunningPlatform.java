package finacct.system;

import finacct.cli.up.Platform;
import finacct.cli.up.PlatformOptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** One platform for the whole test run: embedded servers in this JVM, the four service jars as processes. */
final class RunningPlatform {

    private static Platform platform;

    private RunningPlatform() {
    }

    static synchronized Platform get() throws IOException, InterruptedException {
        if (platform == null) {
            Path home = projectRoot();
            Path data = Files.createTempDirectory("finacct-system-");
            PlatformOptions options = new PlatformOptions(home, data, freePortBase(), false, null, null,
                    PlatformOptions.DEFAULT_JVM_OPTIONS);
            Platform p = new Platform(options);
            Runtime.getRuntime().addShutdownHook(new Thread(p::close));
            p.start(Duration.ofMinutes(4));
            Http.useIssuer(p.issuer());
            platform = p;
        }
        return platform;
    }

    static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples"))) {
            p = p.getParent();
        }
        return p;
    }

    /** A gateway port whose service ports (+1…+4) and embedded-server ports (+100…+102) are free too. */
    static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20000, 40000);
            if (free(base) && free(base + 1) && free(base + 2) && free(base + 3)
                    && free(base + 4) && free(base + 100) && free(base + 101) && free(base + 102)) {
                return base;
            }
        }
        throw new IllegalStateException("no free ports");
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
