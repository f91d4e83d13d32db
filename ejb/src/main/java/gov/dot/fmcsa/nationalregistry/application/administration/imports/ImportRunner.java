package gov.dot.fmcsa.nationalregistry.application.administration.imports;

import gov.dot.fmcsa.nationalregistry.application.legacyimport.ImportErrorReport;
import gov.dot.fmcsa.nationalregistry.application.legacyimport.ImportProblem;
import gov.dot.fmcsa.nationalregistry.application.legacyimport.LegacyImportService;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a console import in the background with the foundation's importer: its progress goes to
 * the database about every second, its problems to the run's error report as they are found.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
// No transaction: the importer writes in batches of its own, the desk records progress in its own.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @EJB
    private LegacyImportService importer;

    @EJB
    private ImportDesk desk;

    /**
     * Imports {@code file} for run {@code id}, writing its problems to {@code report}
     * ({@link ImportErrorReport}), and records the outcome, whatever happens.
     *
     * @return done when the run is over (its outcome is in the database)
     */
    @Asynchronous
    public Future<Void> run(long id, String fileName, Path file, Path report) {
        Progress progress = new Progress(id);
        try (InputStream csv = new CountingInputStream(Files.newInputStream(file), progress::read);
             Writer errors = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            ImportErrorReport problems = new ImportErrorReport(errors);
            desk.finish(id, importer.importAccounts(csv, "console upload " + fileName + " (run " + id + ")",
                    problem -> progress.rejected(problems, problem)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Console import run " + id + " failed", e);
            desk.fail(id, "The import stopped: the file could not be read to the end (" + e.getMessage()
                    + "). The rows read before were imported; see the error report.");
        }
        return new AsyncResult<>(null);
    }

    /** What the run has read so far, told to the desk at most every {@link #PROGRESS_EVERY}. */
    private final class Progress {

        private final long id;
        private Instant told = Instant.now();
        private int lastRejectedLine;
        private long rejected;

        Progress(long id) {
            this.id = id;
        }

        void read(long lineFeeds, long bytes) {
            Instant now = Instant.now();
            if (now.isAfter(told.plus(PROGRESS_EVERY))) {
                told = now;
                desk.progress(id, bytes, Math.max(0, lineFeeds - 1), rejected);
            }
        }

        void rejected(ImportErrorReport report, ImportProblem problem) {
            // Problems come in file order: a line counts once, however many columns are wrong.
            if (problem.line() != lastRejectedLine) {
                lastRejectedLine = problem.line();
                rejected++;
            }
            report.accept(problem);
        }
    }
}
