package gov.dot.fmcsa.nationalregistry.application.administration.imports;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.ImportRun;
import java.io.Serializable;
import java.time.Instant;

/** A console import as the page shows it: its progress while it runs, its outcome after. */
public record ImportRunView(long id, String fileName, NationalRegistryNumber startedBy, Instant startedAt,
                            Instant finishedAt, ImportRun.Status status, long fileBytes, long bytesRead, long rowsRead,
                            long created, long updated, long rejected, String message) implements Serializable {

    static ImportRunView of(ImportRun run) {
        return new ImportRunView(run.id(), run.fileName(), run.startedBy(), run.startedAt(), run.finishedAt(),
                run.status(), run.fileBytes(), run.bytesRead(), run.rowsRead(), run.created(), run.updated(),
                run.rejected(), run.message());
    }

    public boolean running() {
        return status == ImportRun.Status.RUNNING;
    }

    /** How much of the file was read, 0 to 100. */
    public int percentRead() {
        return fileBytes == 0 ? (running() ? 0 : 100) : (int) Math.min(100, bytesRead * 100 / fileBytes);
    }
}
