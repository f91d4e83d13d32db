package gov.dot.fmcsa.nationalregistry.application.transfer;

import gov.dot.fmcsa.nationalregistry.application.background.QueueDrain;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Processes stored transfer requests every second, one at a time and in the order received, so
 * that two requests for one account never race. Requests stored before a restart are processed
 * after it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TransferQueue {

    private static final Logger LOG = Logger.getLogger(TransferQueue.class.getName());

    @Inject
    private TransferProcessing processing;

    private final QueueDrain queue = new QueueDrain(100, Duration.ofMillis(800));

    /** Processes every pending request; a tick that finds the previous one still working does nothing. */
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void drain() {
        queue.drain(processing::pending, this::process);
    }

    private void process(long id) {
        try {
            processing.process(id);
        } catch (RuntimeException e) {
            // E.g. the account changed meanwhile (optimistic lock): the request stays pending for the next tick.
            LOG.log(Level.WARNING, "transfer request " + id + " could not be processed now", e);
        }
    }
}
