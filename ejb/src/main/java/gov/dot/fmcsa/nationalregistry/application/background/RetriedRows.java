package gov.dot.fmcsa.nationalregistry.application.background;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A table-backed queue whose rows count their own failed attempts, worked through in one run of a
 * {@link LeasedWork}: every pending row is processed in the order received, each in a transaction
 * of its own. A failure is usually passing (the account changed meanwhile): the row stays pending
 * and is tried again at the next run, not in this one. One that keeps failing is set aside by its
 * own service at the last attempt, so that it can neither hold up the rows behind it nor fill the
 * log. The count lives in the row, so it survives a restart and the lease moving to another node.
 */
public final class RetriedRows {

    /**
     * The rows of one queue, as its service offers them.
     *
     * @param pending       the ids of at most so many pending rows, oldest first
     * @param process       processes one row, unless it is gone or done
     * @param attemptFailed counts a failed attempt on a row (its id and the error), setting the row
     *                      aside at the last one: the count so far
     */
    public record Rows(IntFunction<List<Long>> pending, LongConsumer process, FailureCount attemptFailed) {
    }

    /** Counts a failed attempt on a row. */
    @FunctionalInterface
    public interface FailureCount {
        int attemptFailed(long id, String error);
    }

    private final String what;
    private final int maxAttempts;
    private final Logger log;
    private final QueueDrain drain = new QueueDrain(100, Duration.ofMillis(800));

    /**
     * @param what        how the log names a row, e.g. "transfer request"
     * @param maxAttempts the attempt at which a row's service sets it aside
     * @param log         the queue's own logger
     */
    public RetriedRows(String what, int maxAttempts, Logger log) {
        this.what = what;
        this.maxAttempts = maxAttempts;
        this.log = log;
    }

    /** Processes every pending row; one that fails is tried again at the next run. */
    public void run(Rows rows) {
        Set<Long> failedThisRun = new HashSet<>();
        drain.drain(rows.pending(), id -> {
            if (!failedThisRun.contains(id) && !processed(rows, id)) {
                failedThisRun.add(id);
            }
        });
    }

    private boolean processed(Rows rows, long id) {
        try {
            rows.process().accept(id);
            return true;
        } catch (RuntimeException e) {
            recordFailure(rows, id, e);
            return false;
        }
    }

    private void recordFailure(Rows rows, long id, RuntimeException e) {
        try {
            int attempts = rows.attemptFailed().attemptFailed(id, e.toString());
            if (attempts < maxAttempts) {
                log.warning(what + " " + id + " failed (attempt " + attempts + " of " + maxAttempts
                        + "), tried again in a second: " + e);
            } else {
                log.log(Level.SEVERE, what + " " + id + " failed " + attempts + " times: set aside", e);
            }
        } catch (RuntimeException again) {
            log.log(Level.SEVERE, what + " " + id + " failed, and its failure could not be counted", again);
        }
    }
}
