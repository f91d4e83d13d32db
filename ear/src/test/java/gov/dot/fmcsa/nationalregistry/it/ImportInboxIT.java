package gov.dot.fmcsa.nationalregistry.it;

import static gov.dot.fmcsa.nationalregistry.it.LegacyFile.examiner;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documented way for an operator to import into a running server: drop a CSV file into the
 * import inbox, read the summary and the error report that appear in {@code reports/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportInboxIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final Path importDir = Path.of(System.getProperty("registry.import.dir"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.realEar();
    }

    @Test
    void aFileDroppedIntoTheInboxIsImportedAndReported() throws Exception {
        String name = "inbox-" + System.nanoTime();
        drop(name, LegacyFile.withHeader()
                .line(examiner("7500000001", "inbox.good@example.com", "MD|MA|I-1|2030-01-01"))
                .line(examiner("7500000002", "inbox.bad@example.com", "MD|ZZ|I-2|2030-01-01"))
                .stream());

        Path summary = awaitReport(name, ".summary.txt");
        String errors = Files.readString(awaitReport(name, ".errors.csv"));

        assertThat(Files.readString(summary)).contains("2 rows read, 1 accounts created, 0 updated, 1 rows rejected");
        assertThat(errors).startsWith("line,field,reason").contains("3,\"licenses\",\"unknown State code \"\"ZZ\"\"\"");
        assertThat(importDir.resolve("inbox").resolve(name + ".csv")).doesNotExist();
        try (Stream<Path> done = Files.list(importDir.resolve("done"))) {
            assertThat(done.map(Path::getFileName).map(Path::toString)).anyMatch(file -> file.endsWith(name + ".csv"));
        }
    }

    @Test
    void aFileThatIsNotALegacyRegistryIsRefusedWhole() throws Exception {
        String name = "not-a-registry-" + System.nanoTime();
        drop(name, LegacyFile.empty().line("name,email").line("Ada,ada@example.com").stream());

        assertThat(Files.readString(awaitReport(name, ".summary.txt"))).contains("the file was not imported");
        assertThat(Files.readString(awaitReport(name, ".errors.csv"))).contains("1,\"row\",\"the header must be exactly");
    }

    /** Writes the file beside the inbox and moves it in whole, as the README tells operators to. */
    private void drop(String name, InputStream csv) throws IOException {
        Path staged = Files.createTempFile(importDir, name, ".part");
        Files.copy(csv, staged, StandardCopyOption.REPLACE_EXISTING);
        // The inbox waits until a file has stopped changing; make this one old enough already.
        Files.setLastModifiedTime(staged, FileTime.from(Instant.now().minusSeconds(60)));
        Files.move(staged, importDir.resolve("inbox").resolve(name + ".csv"), StandardCopyOption.ATOMIC_MOVE);
    }

    private Path awaitReport(String name, String suffix) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> report = report(name, suffix);
            if (report.isPresent()) {
                return report.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + suffix + " report for " + name + " within " + PATIENCE);
    }

    private Optional<Path> report(String name, String suffix) throws IOException {
        try (Stream<Path> reports = Files.list(importDir.resolve("reports"))) {
            return reports.filter(path -> path.getFileName().toString().startsWith(name + "-")
                    && path.getFileName().toString().endsWith(suffix)).findFirst();
        }
    }
}
