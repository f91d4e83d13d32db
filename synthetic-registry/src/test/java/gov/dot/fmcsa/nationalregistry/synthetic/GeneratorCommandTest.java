package gov.dot.fmcsa.nationalregistry.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorCommandTest {

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderrBytes = new ByteArrayOutputStream();
    private final PrintStream stderr = new PrintStream(stderrBytes, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return new GeneratorCommand().run(args, stdout, stderr);
    }

    private String stdout() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return stderrBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheDefaultRegistryToStandardOutput() {
        int status = run();

        assertThat(status).isZero();
        assertThat(stdout()).isEqualTo(ParsedRegistry.csv(SyntheticRegistry.defaults()));
        assertThat(stdout().split("\r\n")).hasSize(1 + 5553);
        assertThat(stderr()).isEmpty();
    }

    @Test
    void appliesEveryOption() {
        int status = run("--examiners", "40", "--assistants", "7", "--third-parties", "4", "--administrators", "2",
                "--seed", "-12", "--reference-date", "2030-02-28");

        assertThat(status).isZero();
        assertThat(stdout()).isEqualTo(ParsedRegistry.csv(SyntheticRegistry.builder()
                .examiners(40).assistants(7).thirdParties(4).administrators(2)
                .seed(-12).referenceDate(LocalDate.of(2030, 2, 28)).build()));
    }

    @Test
    void writesAFileInUtf8AndSaysSo(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("registry.csv");

        int status = run("--examiners", "30", "--out", file.toString());

        assertThat(status).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(ParsedRegistry.csv(SyntheticRegistry.builder().examiners(30).build()));
        assertThat(stderr()).isEqualTo("wrote 583 accounts to " + file + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--examiners -1", "--examiners ten", "--assistants 1000000000", "--third-parties 2.5",
            "--administrators", "--seed 12abc", "--reference-date 2026-13-01", "--reference-date 30/11/2026",
            "--colour blue", "examiners 5"})
    void rejectsAWrongCommandLineWithOneLineAndExitCodeTwo(String commandLine) {
        int status = run(commandLine.split(" "));

        assertThat(status).isEqualTo(GeneratorCommand.USAGE_ERROR).isEqualTo(2);
        assertThat(stderr()).startsWith("synthetic-registry: ").endsWith(System.lineSeparator())
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(stderr().lines()).hasSize(1);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void namesTheWrongValue() {
        run("--examiners", "ten");

        assertThat(stderr()).contains("--examiners").contains("\"ten\"");
    }

    @Test
    void printsTheUsageOnRequest() {
        int status = run("--help");

        assertThat(status).isZero();
        assertThat(stdout()).startsWith("usage: java -jar synthetic-registry.jar").contains("--reference-date");
    }

    @Test
    void reportsAFileItCannotWrite(@TempDir Path directory) {
        Path file = directory.resolve("missing-directory").resolve("registry.csv");

        int status = run("--out", file.toString());

        assertThat(status).isEqualTo(GeneratorCommand.WRITE_FAILED);
        assertThat(stderr()).startsWith("synthetic-registry: cannot write " + file);
        assertThat(stderr().lines()).hasSize(1);
    }
}
