package gov.dot.fmcsa.nationalregistry.application.background;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * Works through a table-backed queue from a timer: batch after batch until a batch comes back
 * short. A tick that finds the previous one still working returns at once, and a tick ends after
 * a bounded number of batches even if some rows keep failing in a way that leaves them due.
 */
public final class QueueDrain {

    private final AtomicBoolean running = new AtomicBoolean();
    private final int batchSize;
    private final int maxBatches;

    public QueueDrain(int batchSize, int maxBatches) {
        this.batchSize = batchSize;
        this.maxBatches = maxBatches;
    }

    /**
     * Unless a drain is already running, takes batches from {@code nextBatch} (given the batch
     * size) and hands each id to {@code work}.
     */
    public void drain(IntFunction<List<Long>> nextBatch, LongConsumer work) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<Long> batch;
            int batches = 0;
            do {
                batch = nextBatch.apply(batchSize);
                batch.forEach(work::accept);
            } while (batch.size() == batchSize && ++batches < maxBatches);
        } finally {
            running.set(false);
        }
    }
}
