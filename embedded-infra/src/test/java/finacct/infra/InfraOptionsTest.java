package finacct.infra;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InfraOptionsTest {

    @Test
    void defaultsAreTheStandardPortsUnderDotSlashData() {
        InfraOptions o = InfraOptions.parse(new String[0], new Properties());
        assertThat(o).isEqualTo(new InfraOptions(Path.of("data"), "localhost", 27017, 9092, 9093, false));
        assertThat(o.mongoDir()).isEqualTo(Path.of("data", "mongo"));
        assertThat(o.kafkaDir()).isEqualTo(Path.of("data", "kafka"));
    }

    @Test
    void argumentsWinOverSystemProperties() {
        Properties system = new Properties();
        system.setProperty("finacct.infra.data", "/srv/finacct");
        system.setProperty("finacct.infra.mongo-port", "27018");
        system.setProperty("finacct.infra.kafka-port", "9094");
        InfraOptions o = InfraOptions.parse(new String[]{"--kafka-port=19092", "--memory"}, system);
        assertThat(o.dataDir()).isEqualTo(Path.of("/srv/finacct"));
        assertThat(o.mongoPort()).isEqualTo(27018);
        assertThat(o.kafkaPort()).isEqualTo(19092);
        assertThat(o.inMemory()).isTrue();
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> InfraOptions.parse(new String[]{"--mongo-port", "x"}, new Properties()))
                .hasMessageContaining("--mongo-port");
        assertThatThrownBy(() -> InfraOptions.parse(new String[]{"--kafka"}, new Properties()))
                .hasMessageContaining("unknown argument: --kafka");
        assertThatThrownBy(() -> InfraOptions.parse(new String[]{"--data"}, new Properties()))
                .hasMessageContaining("--data needs a value");
    }
}
