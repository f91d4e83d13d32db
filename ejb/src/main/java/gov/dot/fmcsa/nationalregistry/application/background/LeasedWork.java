package gov.dot.fmcsa.nationalregistry.application.background;

import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import java.time.Duration;

/**
 * Background work that one node at a time does, under the lease of its {@link ScheduledWork}
 * (docs/decisions/0016). Implementations are CDI beans; {@link BackgroundTimer} finds them all and
 * runs each every {@link #period()}: only on the node that holds the lease, on a thread of its
 * own, and never while its previous run is still going.
 */
public interface LeasedWork {

    /** Whose lease decides which node does this work. */
    ScheduledWork lease();

    /** How often the work runs; a whole number of seconds, since the timer ticks every second. */
    default Duration period() {
        return Duration.ofSeconds(1);
    }

    /** One run of the work. A runtime exception is logged; the next run goes on. */
    void run();
}
