package gov.dot.fmcsa.nationalregistry.application.administration.reminders;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reminder campaigns: every second, one batch of each running campaign
 * ({@link ReminderBatches}). One batch a tick is the throttle: a campaign of 100,000 accounts
 * fills the outbox over minutes, in small transactions, while the outbox sender keeps up and the
 * registry's own emails still go out. The campaigns are rows, so they go on after a restart.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Inject
    private ReminderBatches batches;

    @Inject
    private WorkLeases leases;

    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * One batch of every running campaign, on the node that holds the campaigns' lease; a tick that
     * finds the previous one still going does nothing.
     */
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (leases.holds(ScheduledWork.REMINDER_CAMPAIGNS)) {
                batches.running().forEach(this::runBatch);
            }
        } finally {
            running.set(false);
        }
    }

    private void runBatch(long id) {
        try {
            batches.runBatch(id);
        } catch (RuntimeException e) {
            // E.g. another node ran the same batch first: nothing of this one was kept; the next tick goes on.
            LOG.log(Level.WARNING, "reminder campaign " + id + ": a batch was not queued now", e);
        }
    }
}
