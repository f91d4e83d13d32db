package gov.dot.fmcsa.nationalregistry.application.transfer;

import gov.dot.fmcsa.nationalregistry.application.background.LeasedWork;
import gov.dot.fmcsa.nationalregistry.application.background.RetriedRows;
import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Processes stored transfer requests every second, one at a time and in the order received, so
 * that two requests for one account never race. Requests stored before a restart are processed
 * after it; one that keeps failing is set aside ({@link RetriedRows}).
 */
@ApplicationScoped
public class TransferQueue implements LeasedWork {

    private static final Logger LOG = Logger.getLogger(TransferQueue.class.getName());

    @Inject
    private TransferProcessing processing;

    private final RetriedRows queue = new RetriedRows("transfer request", TransferProcessing.MAX_ATTEMPTS, LOG);

    @Override
    public ScheduledWork lease() {
        return ScheduledWork.TRANSFER_QUEUE;
    }

    /** Processes every pending request; one that fails is tried again at the next run, not in this one. */
    @Override
    public void run() {
        queue.run(new RetriedRows.Rows(processing::pending, processing::process, processing::attemptFailed));
    }
}
