package gov.dot.fmcsa.nationalregistry.application.transfer;

import gov.dot.fmcsa.nationalregistry.application.background.QueueDrain;
import gov.dot.fmcsa.nationalregistry.application.background.WorkLeases;
import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Processes stored transfer requests every second, one at a time and in the order received, so
 * that two requests for one account never race. Requests stored before a restart are processed
 * after it.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TransferQueue {

    private static final Logger LOG = Logger.getLogger(TransferQueue.class.getName());
    private static final int MAX_ATTEMPTS = 10;

    @Inject
    private TransferProcessing processing;

    @Inject
    private WorkLeases leases;

    private final QueueDrain queue = new QueueDrain(100, Duration.ofMillis(800));
    /** Failed attempts per request since the server started; a request is tried at most once a tick. */
    private final Map<Long, Integer> failures = new ConcurrentHashMap<>();
    private final Set<Long> failedThisTick = ConcurrentHashMap.newKeySet();

    /**
     * Processes every pending request, on the node that holds the queue's lease; a tick that finds
     * the previous one still working does nothing.
     */
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void drain() {
        if (!leases.holds(ScheduledWork.TRANSFER_QUEUE)) {
            return;
        }
        failedThisTick.clear();
        queue.drain(processing::pending, this::process);
    }

    private void process(long id) {
        if (failedThisTick.contains(id)) {
            return;
        }
        try {
            processing.process(id);
            failures.remove(id);
        } catch (RuntimeException e) {
            failedThisTick.add(id);
            recordFailure(id, e);
        }
    }

    /**
     * A failure is usually passing (the account changed meanwhile): the request stays pending and
     * is tried again at the next tick. One that keeps failing is set aside, so that it can neither
     * hold up the requests behind it nor fill the log.
     */
    private void recordFailure(long id, RuntimeException e) {
        int attempts = failures.merge(id, 1, Integer::sum);
        if (attempts < MAX_ATTEMPTS) {
            LOG.warning("transfer request " + id + " failed (attempt " + attempts + " of " + MAX_ATTEMPTS
                    + "), tried again in a second: " + e);
            return;
        }
        LOG.log(Level.SEVERE, "transfer request " + id + " failed " + attempts + " times: set aside", e);
        try {
            processing.setAside(id, e.toString());
            failures.remove(id);
        } catch (RuntimeException again) {
            LOG.log(Level.SEVERE, "transfer request " + id + " could not be set aside either", again);
        }
    }
}
