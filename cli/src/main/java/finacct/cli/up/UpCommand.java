package finacct.cli.up;

import finacct.cli.identity.LocalIssuer;
import finacct.kernel.registry.DepartmentRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code finacct up}: the whole system on the embedded default (or on real servers given by
 * {@code MONGODB_URI} / {@code KAFKA_BOOTSTRAP_SERVERS}), the documents under {@code samples/} loaded through
 * the gateway, then {@code READY <gateway url>}. Ctrl-C stops everything.
 */
@Command(name = "up", mixinStandardHelpOptions = true, description = "启动整个平台（内嵌 Kafka 与 MongoDB）并载入样例")
public class UpCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "网关端口（服务用其后三个端口，身份服务用第四个，内嵌服务器用 +100…+102）")
    int port;

    @Option(names = "--data", defaultValue = "data", description = "数据目录（默认 ./data）")
    Path data;

    @Option(names = "--memory", description = "数据只放内存，不写数据目录（身份服务的账号与签名密钥也只在内存中；Kafka 与日志用临时目录，停止时删除）")
    boolean memory;

    @Option(names = "--no-samples", description = "不载入 samples/ 下的文档")
    boolean noSamples;

    @Option(names = "--home", defaultValue = "${sys:finacct.home:-.}", description = "项目根目录")
    Path home;

    /** The documents of samples/ this run loaded (or found loaded), in file order. */
    private final List<DocumentLoader.Loaded> samplesLoaded = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> jvm = System.getenv("FINACCT_JAVA_OPTS") == null
                ? PlatformOptions.DEFAULT_JVM_OPTIONS
                : List.of(System.getenv("FINACCT_JAVA_OPTS").trim().split("\\s+"));
        PlatformOptions options = new PlatformOptions(home.toAbsolutePath().normalize(),
                data.toAbsolutePath().normalize(), port, memory,
                System.getenv("MONGODB_URI"), System.getenv("KAFKA_BOOTSTRAP_SERVERS"), jvm);
        Platform platform = new Platform(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("正在停止……");
            platform.close();
            stopped.countDown();
        }, "finacct-stop"));
        System.out.println("启动中：MongoDB " + (options.embeddedMongo() ? "内嵌" : options.mongoUri())
                + "，Kafka " + (options.embeddedKafka() ? "内嵌" : options.kafkaBootstrap())
                + (memory ? "，数据只在内存中（数据目录不写）" : "，数据目录 " + options.dataDir()));
        platform.start(Duration.ofMinutes(5));
        System.out.println("日志 " + platform.logsDir() + (memory ? "（临时目录，停止时删除）" : ""));
        if (!noSamples) {
            loadSamples(options, platform.issuer());
        }
        System.out.println("READY " + options.gatewayUrl());
        // the pages open on the first sample's year (and its department, once the bureau has published it)
        DocumentLoader.Loaded sample = samplesLoaded.isEmpty() ? null : samplesLoaded.get(0);
        System.out.println("  看板       " + PageUrls.dashboard(options.gatewayUrl(), sample == null ? null : sample.fiscalYear()));
        System.out.println("  公开页面   " + PageUrls.publicPage(options.gatewayUrl(),
                sample == null ? null : sample.departmentCode(), sample == null ? null : sample.fiscalYear())
                + (sample == null ? "" : "  （财政局审核并公开后可见）"));
        System.out.println("  填报 API   " + options.gatewayUrl() + "/api/v1/departments/{部门编码}/submissions/{年度}");
        System.out.println("  区级总览   " + options.gatewayUrl() + "/api/v1/overview/{年度}");
        System.out.println("  公开 JSON  " + options.gatewayUrl() + "/public/v1/final-accounts/{年度}/{部门编码}");
        if (memory) {
            // the issuer's key and accounts live in its memory: tokens are asked of it with this run's secret
            System.out.println("  登录       " + options.gatewayUrl() + "/bureau/（本次运行的初始账号与密码见 "
                    + platform.service(Platform.IDENTITY).log() + "）");
            System.out.println("  令牌       export " + LocalIssuer.CLI_SECRET_ENV + "=" + platform.cliSecret()
                    + "   # 仅本次运行有效");
            System.out.println("             ./finacct token --bureau | --department {部门编码}"
                    + (port == 8080 ? "" : " --port " + port));
        } else {
            System.out.println("  登录       " + options.gatewayUrl() + "/bureau/（初始账号与密码见 "
                    + options.dataDir().resolve("identity").resolve("initial-passwords.txt") + "）");
            System.out.println("  令牌       ./finacct token --bureau | --department {部门编码}");
        }
        System.out.println("按 Ctrl-C 停止。");
        stopped.await();
        return 0;
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".xlsx");
    }

    private void loadSamples(PlatformOptions options, LocalIssuer issuer) throws Exception {
        Path samples = options.home().resolve("samples");
        if (!Files.isDirectory(samples)) {
            return;
        }
        DocumentLoader loader = new DocumentLoader(options.gatewayUrl(),
                code -> issuer.departmentToken(code, Duration.ofMinutes(10)), DepartmentRegistry.loadDefault());
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(UpCommand::isDocument).sorted().toList()) {
                DocumentLoader.Loaded loaded = loader.load(file);
                samplesLoaded.add(loaded);
                System.out.println("已载入 " + file.getFileName() + " → " + loaded.departmentCode() + " " + loaded.fiscalYear()
                        + " 年度：" + loaded.figures() + " 个单元格、" + loaded.claims() + " 项数字陈述、"
                        + loaded.evaluations() + " 份绩效自评，新存 " + loaded.storedEvents() + " 个事件，版本 "
                        + loaded.version() + (loaded.unplaced() > 0 ? "（" + loaded.unplaced() + " 处未能定位）" : ""));
            }
        }
    }
}
