package gov.dot.fmcsa.nationalregistry.application.administration.reminders;

import gov.dot.fmcsa.nationalregistry.application.background.LeasedWork;
import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reminder campaigns: every second, one batch of each running campaign
 * ({@link ReminderBatches}). One batch a run is the throttle: a campaign of 100,000 accounts
 * fills the outbox over minutes, in small transactions, while the outbox sender keeps up and the
 * registry's own emails still go out. The campaigns are rows, so they go on after a restart.
 */
@ApplicationScoped
public class RunningCampaigns implements LeasedWork {

    private static final Logger LOG = Logger.getLogger(RunningCampaigns.class.getName());

    @Inject
    private ReminderBatches batches;

    @Override
    public ScheduledWork lease() {
        return ScheduledWork.REMINDER_CAMPAIGNS;
    }

    /** One batch of every running campaign. */
    @Override
    public void run() {
        batches.running().forEach(this::runBatch);
    }

    private void runBatch(long id) {
        try {
            batches.runBatch(id);
        } catch (RuntimeException e) {
            // E.g. another node ran the same batch first: nothing of this one was kept; the next run goes on.
            LOG.log(Level.WARNING, "reminder campaign " + id + ": a batch was not queued now", e);
        }
    }
}
