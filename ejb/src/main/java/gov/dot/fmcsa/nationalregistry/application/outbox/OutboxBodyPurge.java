package gov.dot.fmcsa.nationalregistry.application.outbox;

import gov.dot.fmcsa.nationalregistry.application.background.LeasedWork;
import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every hour, removes the outbox bodies that are past their retention period
 * ({@link OutboxDelivery#purgeOldBodies}).
 */
@ApplicationScoped
public class OutboxBodyPurge implements LeasedWork {

    private static final Logger LOG = Logger.getLogger(OutboxBodyPurge.class.getName());

    @Inject
    private OutboxDelivery delivery;

    /** The outbox's: the node that sends the emails also purges them. */
    @Override
    public ScheduledWork lease() {
        return ScheduledWork.OUTBOX;
    }

    @Override
    public Duration period() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        int purged = delivery.purgeOldBodies();
        if (purged > 0) {
            LOG.info(() -> "removed the bodies of " + purged + " outbox emails past their retention period");
        }
    }
}
