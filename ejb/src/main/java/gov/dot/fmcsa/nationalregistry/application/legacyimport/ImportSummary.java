package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import java.time.Duration;

/**
 * What one run of the legacy import did.
 *
 * @param runId    the run's identifier, also stamped on every account it wrote
 * @param readable false when the file was refused whole (empty, or not the expected header)
 * @param rowsRead data rows read (the header and blank lines not counted)
 * @param created  accounts created
 * @param updated  known accounts updated
 * @param rejected rows not imported; each has at least one {@link ImportProblem}
 * @param elapsed  how long the run took
 */
public record ImportSummary(String runId, boolean readable, long rowsRead, long created, long updated, long rejected,
                            Duration elapsed) {

    /** Rows read per second of the run. */
    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? rowsRead : rowsRead / seconds;
    }

    @Override
    public String toString() {
        if (!readable) {
            return "run " + runId + ": the file was not imported: it is empty or its header is not the expected one"
                    + " (see the error report)";
        }
        return String.format(java.util.Locale.ROOT,
                "run %s: %d rows read, %d accounts created, %d updated, %d rows rejected, in %.1f s (%.0f rows/s)",
                runId, rowsRead, created, updated, rejected, elapsed.toMillis() / 1000.0, rowsPerSecond());
    }
}
