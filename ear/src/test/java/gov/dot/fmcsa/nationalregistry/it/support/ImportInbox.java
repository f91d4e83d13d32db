package gov.dot.fmcsa.nationalregistry.it.support;

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

/**
 * The test server's import inbox, used from outside the server as an operator would: client-side
 * tests create the accounts they need by dropping a legacy CSV file into it.
 */
public final class ImportInbox {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path DIR = Path.of(System.getProperty("registry.import.dir"));

    private ImportInbox() {
    }

    /** Imports {@code file} under {@code name} and returns its summary once the import finished. */
    public static String importFile(String name, LegacyFile file) throws IOException, InterruptedException {
        drop(name, file.stream());
        return Files.readString(awaitReport(name, ".summary.txt"));
    }

    /** Imports {@code file} under {@code name}: accounts a test needs, so every row must be taken. */
    public static void importEveryRow(String name, LegacyFile file) throws IOException, InterruptedException {
        assertThat(importFile(name, file)).as(name).contains("0 rows rejected");
    }

    /** Imports one examiner ({@link LegacyFile#examiner(String, String, String, String)}) in a file of its own. */
    public static void importExaminer(String number, String primaryEmail, String secondaryEmail, String license)
            throws IOException, InterruptedException {
        importEveryRow("examiner-" + number,
                LegacyFile.withHeader().line(LegacyFile.examiner(number, primaryEmail, secondaryEmail, license)));
    }

    public static Path dir() {
        return DIR;
    }

    /** Writes the file beside the inbox and moves it in whole, as the README tells operators to. */
    public static void drop(String name, InputStream csv) throws IOException {
        Path staged = Files.createTempFile(DIR, name, ".part");
        Files.copy(csv, staged, StandardCopyOption.REPLACE_EXISTING);
        // The inbox waits until a file has stopped changing; make this one old enough already.
        Files.setLastModifiedTime(staged, FileTime.from(Instant.now().minusSeconds(60)));
        Files.move(staged, DIR.resolve("inbox").resolve(name + ".csv"), StandardCopyOption.ATOMIC_MOVE);
    }

    public static Path awaitReport(String name, String suffix) throws IOException, InterruptedException {
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

    private static Optional<Path> report(String name, String suffix) throws IOException {
        try (Stream<Path> reports = Files.list(DIR.resolve("reports"))) {
            return reports.filter(path -> path.getFileName().toString().startsWith(name + "-")
                    && path.getFileName().toString().endsWith(suffix)).findFirst();
        }
    }
}
