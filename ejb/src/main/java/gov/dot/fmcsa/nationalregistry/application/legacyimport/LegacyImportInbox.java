package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the legacy import on the server for files that an operator drops into the import inbox
 * ({@code registry.import.dir}, by default {@code <server data dir>/registry-import}): every few
 * seconds it imports each settled {@code *.csv} in {@code inbox/} and writes a summary and an error
 * report ({@link ImportErrorReport}) into {@code reports/}. A file whose import a stopped server
 * left unfinished runs again at the next start. Operators need file access to the server; an
 * administrator can also upload a file in the management console, which imports it the same way.
 * Imported files, reports and uploads are deleted after {@code registry.import.retention}.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LegacyImportInbox {

    private static final Logger LOG = Logger.getLogger(LegacyImportInbox.class.getName());
    private static final long MB = 1024 * 1024;

    @EJB
    private LegacyImportService importer;

    @Inject
    @ConfigProperty(name = "registry.import.retention", defaultValue = "P30D")
    private Duration retention;

    private ImportFolders folders;

    @PostConstruct
    void openInbox() {
        Path root = ImportDirectory.root();
        folders = new ImportFolders(root);
        try {
            folders.create();
            folders.requeueInterrupted().forEach(file ->
                    LOG.warning(() -> "Legacy import of " + file.getFileName()
                            + " was interrupted; it will run again"));
        } catch (IOException e) {
            throw new UncheckedIOException("The legacy import folders cannot be prepared under " + root, e);
        }
        LOG.info(() -> "Legacy import inbox: drop CSV files into " + folders.inbox().toAbsolutePath());
    }

    // Not persistent: a missed scan is simply made at the next tick. Overlapping ticks are skipped
    // by the container while an import is still running.
    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "legacy import inbox")
    void importArrivals() {
        try {
            for (Path arrival : folders.settledArrivals(Instant.now())) {
                importFile(folders.startProcessing(arrival));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The legacy import inbox could not be read", e);
        }
    }

    // Hourly, on every node: each node has its own import folder.
    @Schedule(minute = "41", hour = "*", persistent = false, info = "import files retention")
    void deleteExpiredFiles() {
        deleteFilesOlderThan(retention);
    }

    /**
     * Deletes the imported files, reports and console uploads older than {@code age} (the timer
     * passes {@code registry.import.retention}, 30 days by default).
     *
     * @return how many files were deleted
     */
    public int deleteFilesOlderThan(Duration age) {
        try {
            int deleted = folders.deleteKeptFilesOlderThan(Instant.now().minus(age));
            if (deleted > 0) {
                LOG.info(() -> "Import files retention: " + deleted + " files older than " + age + " deleted");
            }
            return deleted;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Old import files could not be deleted", e);
            return 0;
        }
    }

    private void importFile(Path file) throws IOException {
        Instant started = Instant.now();
        resetHeapPeaks();
        Path errors = folders.report(file, started, ".errors.csv");
        String summary;
        try (InputStream csv = Files.newInputStream(file);
             BufferedWriter report = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
            summary = importer.importAccounts(csv, file.getFileName().toString(), new ImportErrorReport(report))
                    + System.lineSeparator() + "peak heap used: " + peakHeapUsed() / MB + " MB of "
                    + Runtime.getRuntime().maxMemory() / MB + " MB";
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Legacy import of " + file + " failed", e);
            summary = "failed: " + e.getMessage();
        }
        folders.writeSummary(file, started, summary + System.lineSeparator());
        folders.finishProcessing(file, started);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static void resetHeapPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap in use. */
    private static long peakHeapUsed() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
