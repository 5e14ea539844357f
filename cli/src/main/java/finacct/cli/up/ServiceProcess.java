package finacct.cli.up;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service jar run as a child JVM, its output in a log file; healthy when its actuator says UP. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> env;
    private final List<String> jvmOptions;
    private final Path log;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> env, List<String> jvmOptions, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.env = Map.copyOf(env);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.log = log;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public synchronized void start() throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        process = builder.start();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Waits until /actuator/health answers UP; fails early when the process has died. */
    public void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new IllegalStateException(name + " 已退出（退出码 " + process.exitValue() + "），见日志 " + log);
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " 在 " + timeout.toSeconds() + " 秒内未就绪，见日志 " + log);
    }

    /** SIGTERM without waiting: Spring starts closing cleanly; {@link #stop()} then waits. */
    public synchronized void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** SIGTERM first so Spring closes cleanly (the outbox stores its token); SIGKILL only if it hangs. */
    public synchronized void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** As {@code kill -9} would: for tests that prove nothing acknowledged is lost. */
    public synchronized void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
