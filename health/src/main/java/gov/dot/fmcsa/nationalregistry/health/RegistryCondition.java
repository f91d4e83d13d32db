package gov.dot.fmcsa.nationalregistry.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The registry's last look at itself, kept for {@link RegistryReadinessCheck}. The ejb module's
 * RegistryMetrics looks every 15 seconds and reports here; the check only reads, so a probe of the
 * load balancer never waits on the database.
 */
@ApplicationScoped
public class RegistryCondition {

    private final AtomicReference<ConditionReport> last = new AtomicReference<>(ConditionReport.NONE);

    /** Keeps {@code report} as the newest look. */
    public void report(ConditionReport report) {
        last.set(Objects.requireNonNull(report, "report"));
    }

    /** The newest look, or one that is not ready before the first. */
    public ConditionReport last() {
        return last.get();
    }
}
