package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.legacyimport.CsvRecordReader.CsvRecord;
import gov.dot.fmcsa.nationalregistry.application.legacyimport.LegacyAccountWriter.BatchOutcome;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Imports registry accounts from a legacy CSV file (docs/legacy-import-format.md). The file is
 * read as a stream and written in batches of bounded size, each in its own transaction, so memory
 * stays flat and a failure costs one batch, which is then retried row by row to find the culprit.
 * Bad rows are reported and skipped; every good row is imported.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Stateless
// The run itself holds no transaction: each batch has its own (LegacyAccountWriter).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LegacyImportService {

    static final int BATCH_SIZE = 250;
    private static final int PROGRESS_EVERY = 10_000;
    private static final Logger LOG = Logger.getLogger(LegacyImportService.class.getName());

    @EJB
    private LegacyAccountWriter writer;

    @EJB
    private AuditLog audit;

    /**
     * Imports every valid row of {@code csv}, creating new accounts and updating known ones.
     *
     * @param csv      the file's bytes, UTF-8
     * @param source   a name for the file in the log and the audit trail
     * @param problems receives each problem as it is found, in file order
     * @return what the run did
     * @throws IOException when {@code csv} cannot be read
     */
    public ImportSummary importAccounts(InputStream csv, String source, Consumer<ImportProblem> problems)
            throws IOException {
        Run run = new Run(problems);
        try (CsvRecordReader reader = new CsvRecordReader(csv)) {
            if (run.acceptsHeader(reader.next())) {
                for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                    run.read(record);
                }
                run.flush();
            }
        }
        ImportSummary summary = run.summary();
        LOG.info(() -> "Legacy import of " + source + ": " + summary);
        audit.record(Actor.LEGACY_IMPORT, AuditAction.LEGACY_IMPORT, null, source + ": " + summary);
        return summary;
    }

    /** One run over one file. */
    private final class Run {

        private final String id = UUID.randomUUID().toString();
        private final Instant started = Instant.now();
        private final Consumer<ImportProblem> problems;
        private final LegacyRowParser parser = new LegacyRowParser();
        private final List<LegacyAccountRow> batch = new ArrayList<>(BATCH_SIZE);
        private long rowsRead;
        private long created;
        private long updated;
        private long rejected;
        private boolean headerAccepted;

        Run(Consumer<ImportProblem> problems) {
            this.problems = problems;
        }

        boolean acceptsHeader(CsvRecord header) {
            if (header == null) {
                problems.accept(ImportProblem.ofRow(1, "the file is empty; it must start with the header line"));
                return false;
            }
            if (header.problem() != null
                    || !header.fields().stream().map(String::strip).toList().equals(LegacyColumn.HEADER)) {
                problems.accept(ImportProblem.ofRow(1,
                        "the header must be exactly: " + String.join(",", LegacyColumn.HEADER)));
                return false;
            }
            headerAccepted = true;
            return true;
        }

        void read(CsvRecord record) {
            if (record.isBlank()) {
                return;
            }
            rowsRead++;
            LegacyRowParser.Result result = parser.parse(record);
            if (result.isValid()) {
                batch.add(result.row());
                if (batch.size() == BATCH_SIZE) {
                    flush();
                }
            } else {
                reject(result.problems());
            }
            if (rowsRead % PROGRESS_EVERY == 0) {
                LOG.info(() -> "Legacy import run " + id + ": " + rowsRead + " rows read");
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                record(writer.write(batch, id, Instant.now()));
            } catch (EJBException batchFailed) {
                // One row broke the batch: write them one by one so that only that row is lost.
                batch.forEach(this::writeAlone);
            }
            batch.clear();
        }

        private void writeAlone(LegacyAccountRow row) {
            try {
                record(writer.write(List.of(row), id, Instant.now()));
            } catch (EJBException failed) {
                reject(List.of(ImportProblem.ofRow(row.line(), "could not be saved: " + rootMessage(failed))));
            }
        }

        private void record(BatchOutcome outcome) {
            created += outcome.created();
            updated += outcome.updated();
            reject(outcome.problems());
        }

        private void reject(List<ImportProblem> rowProblems) {
            rowProblems.forEach(problems);
            rejected += rowProblems.stream().mapToInt(ImportProblem::line).distinct().count();
        }

        ImportSummary summary() {
            return new ImportSummary(id, headerAccepted, rowsRead, created, updated, rejected,
                    Duration.between(started, Instant.now()));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
