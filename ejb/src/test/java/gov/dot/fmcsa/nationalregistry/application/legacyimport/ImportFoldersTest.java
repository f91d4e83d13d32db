package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFoldersTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path root;

    private ImportFolders folders;

    @BeforeEach
    void createFolders() throws IOException {
        folders = new ImportFolders(root);
        folders.create();
    }

    @Test
    void takesOnlyCsvFilesThatHaveStoppedChanging() throws IOException {
        Path settled = arrival("b-settled.csv", NOW.minusSeconds(10));
        Path older = arrival("a-older.csv", NOW.minusSeconds(20));
        arrival("still-copying.csv", NOW.minusMillis(500));
        arrival("notes.txt", NOW.minusSeconds(10));

        assertThat(folders.settledArrivals(NOW)).containsExactly(older, settled);
    }

    @Test
    void aFileLeftInProcessingByAStoppedServerGoesBackToTheInbox() throws IOException {
        Path interrupted = folders.startProcessing(arrival("registry.csv", NOW.minusSeconds(10)));

        assertThat(folders.requeueInterrupted()).containsExactly(folders.inbox().resolve("registry.csv"));
        assertThat(interrupted).doesNotExist();
        assertThat(folders.settledArrivals(NOW)).containsExactly(folders.inbox().resolve("registry.csv"));
    }

    @Test
    void filesKeptAfterAnImportAreDeletedOnceOlderThanTheCutoffButNotTheInboxOrWhatIsBeingImported()
            throws IOException {
        Instant cutoff = NOW.minus(Duration.ofDays(30));
        Path oldImported = kept("done/20261001T000000-registry.csv", cutoff.minusSeconds(1));
        Path oldReport = kept("reports/registry-20261001T000000.errors.csv", cutoff.minusSeconds(1));
        Path oldUpload = kept("console/run-7.csv", cutoff.minusSeconds(1));
        Path recentReport = kept("reports/registry-20261129T000000.summary.txt", cutoff.plusSeconds(1));
        Path oldArrival = arrival("waiting.csv", cutoff.minusSeconds(1));
        Path oldProcessing = kept("processing/registry.csv", cutoff.minusSeconds(1));

        assertThat(folders.deleteKeptFilesOlderThan(cutoff)).isEqualTo(3);

        assertThat(oldImported).doesNotExist();
        assertThat(oldReport).doesNotExist();
        assertThat(oldUpload).doesNotExist();
        assertThat(recentReport).exists();
        assertThat(oldArrival).exists();
        assertThat(oldProcessing).exists();
    }

    @Test
    void theSummaryIsWrittenBesideTheErrorReportAndLeavesNoDraft() throws IOException {
        Path file = root.resolve("processing/registry.csv");

        folders.writeSummary(file, NOW, "42 rows read\n");

        assertThat(folders.report(file, NOW, ".summary.txt")).hasContent("42 rows read")
                .hasFileName("registry-20261130T120000.summary.txt");
        try (var reports = Files.list(root.resolve("reports"))) {
            assertThat(reports).hasSize(1);
        }
    }

    private Path arrival(String name, Instant modified) throws IOException {
        Path file = Files.writeString(folders.inbox().resolve(name), "header\n");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private Path kept(String relative, Instant modified) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "number,type\n");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
