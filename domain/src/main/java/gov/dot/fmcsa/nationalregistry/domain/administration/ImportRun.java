package gov.dot.fmcsa.nationalregistry.domain.administration;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A legacy import an administrator started from the management console: kept in the database, so
 * that its progress and outcome show to every administrator, after a reload or on another node.
 */
@Entity
@Table(name = "import_run")
@NamedQuery(name = ImportRun.LATEST, query = "SELECT r FROM ImportRun r ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(name = ImportRun.COUNT_RUNNING, query = "SELECT COUNT(r) FROM ImportRun r WHERE r.status = "
        + "gov.dot.fmcsa.nationalregistry.domain.administration.ImportRun.Status.RUNNING")
@NamedQuery(name = ImportRun.RUNNING, query = "SELECT r FROM ImportRun r WHERE r.status = "
        + "gov.dot.fmcsa.nationalregistry.domain.administration.ImportRun.Status.RUNNING")
public class ImportRun {

    /** Runs, newest first. */
    public static final String LATEST = "ImportRun.latest";
    /** How many runs are running (0 or 1). */
    public static final String COUNT_RUNNING = "ImportRun.countRunning";
    /** The runs still marked running. */
    public static final String RUNNING = "ImportRun.running";

    public static final int MAX_MESSAGE_LENGTH = 1000;
    public static final int MAX_FILE_NAME_LENGTH = 255;

    /** Where a run stands. */
    public enum Status { RUNNING, FINISHED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 1)
    private Long id;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME_LENGTH, updatable = false)
    private String fileName;

    @Column(name = "started_by", nullable = false, length = 10, updatable = false)
    private NationalRegistryNumber startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "file_bytes", nullable = false, updatable = false)
    private long fileBytes;

    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "created_count", nullable = false)
    private long created;

    @Column(name = "updated_count", nullable = false)
    private long updated;

    @Column(name = "rejected_count", nullable = false)
    private long rejected;

    /** The outcome in words, when the run is over. */
    @Column(name = "message", length = MAX_MESSAGE_LENGTH)
    private String message;

    protected ImportRun() {
        // for JPA
    }

    /** {@code startedBy} starts importing {@code fileName}, of {@code fileBytes} bytes. */
    public ImportRun(String fileName, long fileBytes, NationalRegistryNumber startedBy, Instant startedAt) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.fileBytes = fileBytes;
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.status = Status.RUNNING;
    }

    /** How far the run has read: bytes of the file and data rows (approximately: lines). */
    public void progress(long newBytesRead, long newRowsRead, long rejectedSoFar) {
        bytesRead = newBytesRead;
        rowsRead = newRowsRead;
        rejected = rejectedSoFar;
    }

    /** The run is over: what it did, and the outcome in words. */
    public void finish(boolean readable, long rows, long createdCount, long updatedCount, long rejectedCount,
                       String outcome, Instant at) {
        bytesRead = fileBytes;
        rowsRead = rows;
        created = createdCount;
        updated = updatedCount;
        rejected = rejectedCount;
        end(readable ? Status.FINISHED : Status.FAILED, outcome, at);
    }

    /** The run stopped without a summary (a read failure, a server stop). */
    public void fail(String outcome, Instant at) {
        end(Status.FAILED, outcome, at);
    }

    private void end(Status newStatus, String outcome, Instant at) {
        status = newStatus;
        message = outcome == null || outcome.length() <= MAX_MESSAGE_LENGTH ? outcome
                : outcome.substring(0, MAX_MESSAGE_LENGTH - 1) + "…";
        finishedAt = at;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public NationalRegistryNumber startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Status status() {
        return status;
    }

    public long fileBytes() {
        return fileBytes;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long rejected() {
        return rejected;
    }

    public String message() {
        return message;
    }
}
