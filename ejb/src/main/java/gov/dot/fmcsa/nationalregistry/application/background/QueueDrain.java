package gov.dot.fmcsa.nationalregistry.application.background;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * Works through a table-backed queue from a timer: batch after batch until a batch comes back
 * short or the tick's time budget is spent. Keeping a tick shorter than the timer's period means
 * the timer never finds its previous run still going (WildFly would skip it with a warning), and a
 * tick ends even if some rows keep failing in a way that leaves them due; the next tick goes on.
 */
public final class QueueDrain {

    private final AtomicBoolean running = new AtomicBoolean();
    private final int batchSize;
    private final Duration budget;

    public QueueDrain(int batchSize, Duration budget) {
        this.batchSize = batchSize;
        this.budget = budget;
    }

    /**
     * Unless a drain is already running, takes batches from {@code nextBatch} (given the batch
     * size) and hands each id to {@code work}, starting no new batch once the budget is spent.
     */
    public void drain(IntFunction<List<Long>> nextBatch, LongConsumer work) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            long deadline = System.nanoTime() + budget.toNanos();
            List<Long> batch;
            do {
                batch = nextBatch.apply(batchSize);
                batch.forEach(work::accept);
            } while (batch.size() == batchSize && System.nanoTime() < deadline);
        } finally {
            running.set(false);
        }
    }
}
