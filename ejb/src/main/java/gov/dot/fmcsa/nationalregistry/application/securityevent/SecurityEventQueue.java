package gov.dot.fmcsa.nationalregistry.application.securityevent;

import gov.dot.fmcsa.nationalregistry.application.background.LeasedWork;
import gov.dot.fmcsa.nationalregistry.application.background.RetriedRows;
import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Acts on the stored security events every second, one at a time and in the order received, on
 * the node holding the lease; one that keeps failing is set aside ({@link RetriedRows}).
 */
@ApplicationScoped
public class SecurityEventQueue implements LeasedWork {

    private static final Logger LOG = Logger.getLogger(SecurityEventQueue.class.getName());

    @Inject
    private SecurityEventProcessing processing;

    private final RetriedRows queue = new RetriedRows("security event", SecurityEventProcessing.MAX_ATTEMPTS, LOG);

    @Override
    public ScheduledWork lease() {
        return ScheduledWork.SECURITY_EVENTS;
    }

    @Override
    public void run() {
        queue.run(new RetriedRows.Rows(processing::pending, processing::process, processing::attemptFailed));
    }
}
