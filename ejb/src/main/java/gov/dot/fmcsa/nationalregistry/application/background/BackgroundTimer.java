package gov.dot.fmcsa.nationalregistry.application.background;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one timer of the registry's background work: every second it starts each {@link LeasedWork}
 * that is due and not still running, on the container's managed executor. The work's own thread
 * first asks {@link WorkLeases#holds} and works only on the node holding the lease. The tick
 * itself only hands work out, so it never overlaps the next one, and a slow run of one work (an
 * email server that answers slowly) holds up neither the others nor itself beyond its own run.
 */
// Open to any caller: used by the container's timer only, never by pages; it has no public method.
@PermitAll
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackgroundTimer {

    private static final Logger LOG = Logger.getLogger(BackgroundTimer.class.getName());

    @Inject
    @Any
    private Instance<LeasedWork> works;

    @Inject
    private WorkLeases leases;

    @Resource
    private ManagedExecutorService executor;

    private List<Cadence> cadences;

    @PostConstruct
    void findTheWork() {
        cadences = works.handlesStream()
                .map(handle -> new Cadence(handle.get(), handle.getBean().getBeanClass().getSimpleName()))
                .toList();
        LOG.info(() -> "background work: " + cadences);
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void tick() {
        Instant second = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        cadences.forEach(cadence -> cadence.startIfDue(second));
    }

    /** When one work runs next, and whether it is running now. */
    private final class Cadence {

        private final LeasedWork work;
        private final String name;
        private final AtomicBoolean running = new AtomicBoolean();
        private volatile Instant due = Instant.MIN;

        Cadence(LeasedWork work, String name) {
            this.work = work;
            this.name = name;
        }

        void startIfDue(Instant second) {
            if (second.isBefore(due) || !running.compareAndSet(false, true)) {
                return;
            }
            try {
                executor.execute(this::runIfLeased);
                due = second.plus(work.period());
            } catch (RejectedExecutionException e) {
                running.set(false);
                LOG.log(Level.WARNING, this + " could not be started now; the next tick tries again", e);
            }
        }

        private void runIfLeased() {
            try {
                if (leases.holds(work.lease())) {
                    work.run();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, this + " failed; it runs again at its next turn", e);
            } finally {
                running.set(false);
            }
        }

        @Override
        public String toString() {
            return name + " (lease " + work.lease() + ", every " + work.period().toSeconds() + " s)";
        }
    }
}
