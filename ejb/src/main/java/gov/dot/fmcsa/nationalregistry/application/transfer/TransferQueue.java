package gov.dot.fmcsa.nationalregistry.application.transfer;

import gov.dot.fmcsa.nationalregistry.application.background.LeasedWork;
import gov.dot.fmcsa.nationalregistry.application.background.QueueDrain;
import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Processes stored transfer requests every second, one at a time and in the order received, so
 * that two requests for one account never race. Requests stored before a restart are processed
 * after it.
 */
@ApplicationScoped
public class TransferQueue implements LeasedWork {

    private static final Logger LOG = Logger.getLogger(TransferQueue.class.getName());

    @Inject
    private TransferProcessing processing;

    private final QueueDrain queue = new QueueDrain(100, Duration.ofMillis(800));

    @Override
    public ScheduledWork lease() {
        return ScheduledWork.TRANSFER_QUEUE;
    }

    /** Processes every pending request; one that fails is tried again at the next run, not in this one. */
    @Override
    public void run() {
        Set<Long> failedThisRun = new HashSet<>();
        queue.drain(processing::pending, id -> {
            if (!failedThisRun.contains(id) && !processed(id)) {
                failedThisRun.add(id);
            }
        });
    }

    private boolean processed(long id) {
        try {
            processing.process(id);
            return true;
        } catch (RuntimeException e) {
            recordFailure(id, e);
            return false;
        }
    }

    /**
     * A failure is usually passing (the account changed meanwhile): the request stays pending and
     * is tried again at the next run. One that keeps failing is set aside, so that it can neither
     * hold up the requests behind it nor fill the log. The count is the request's own, in its row.
     */
    private void recordFailure(long id, RuntimeException e) {
        try {
            int attempts = processing.attemptFailed(id, e.toString());
            if (attempts < TransferProcessing.MAX_ATTEMPTS) {
                LOG.warning("transfer request " + id + " failed (attempt " + attempts + " of "
                        + TransferProcessing.MAX_ATTEMPTS + "), tried again in a second: " + e);
            } else {
                LOG.log(Level.SEVERE, "transfer request " + id + " failed " + attempts + " times: set aside", e);
            }
        } catch (RuntimeException again) {
            LOG.log(Level.SEVERE, "transfer request " + id + " failed, and its failure could not be counted", again);
        }
    }
}
