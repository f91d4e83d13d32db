package gov.dot.fmcsa.nationalregistry.application.background;

import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * Works through a table-backed queue in one run of a {@link LeasedWork}: batch after batch until a
 * batch comes back short or the run's time budget is spent. A run within its budget ends well
 * inside its lease, which the next run renews (a run that outlasted the lease could overlap the
 * run of the node taking over), and it ends even if some rows keep failing in a way that leaves
 * them due; the next run goes on.
 */
public final class QueueDrain {

    private final int batchSize;
    private final Duration budget;

    public QueueDrain(int batchSize, Duration budget) {
        this.batchSize = batchSize;
        this.budget = budget;
    }

    /**
     * Takes batches from {@code nextBatch} (given the batch size) and hands each id to
     * {@code work}, starting no new batch once the budget is spent.
     */
    public void drain(IntFunction<List<Long>> nextBatch, LongConsumer work) {
        long deadline = System.nanoTime() + budget.toNanos();
        List<Long> batch;
        do {
            batch = nextBatch.apply(batchSize);
            batch.forEach(work::accept);
        } while (batch.size() == batchSize && System.nanoTime() < deadline);
    }
}
