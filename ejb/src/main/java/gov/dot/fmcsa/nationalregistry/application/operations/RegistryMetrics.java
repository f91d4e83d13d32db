package gov.dot.fmcsa.nationalregistry.application.operations;

import gov.dot.fmcsa.nationalregistry.application.background.WorkLeases;
import gov.dot.fmcsa.nationalregistry.application.outbox.Outbox;
import gov.dot.fmcsa.nationalregistry.application.outbox.OutboxHealth;
import gov.dot.fmcsa.nationalregistry.application.signin.SignInRefusal;
import gov.dot.fmcsa.nationalregistry.application.signin.SignInResult;
import gov.dot.fmcsa.nationalregistry.application.transfer.TransferProcessing;
import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import gov.dot.fmcsa.nationalregistry.health.ConditionReport;
import gov.dot.fmcsa.nationalregistry.health.RegistryCondition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The figures an operator alerts on, as meters of WildFly's micrometer subsystem (Prometheus text at
 * the management interface's {@code /metrics}; docs/operations.md says which alert on what):
 * <ul>
 * <li>{@code registry_outbox_pending}, {@code registry_outbox_failed} and
 * {@code registry_outbox_oldest_pending_seconds}: emails waiting, given up, and how long the oldest
 * has waited;</li>
 * <li>{@code registry_transfer_queue_depth}: transfer requests not processed yet;</li>
 * <li>{@code registry_sign_ins_total}, by {@code outcome} ({@code signed_in}, {@code refused},
 * {@code failed}) and {@code reason}.</li>
 * </ul>
 * The queue figures are the database's, the same on every node; each node reads them every 15
 * seconds, so that a scrape never waits on the database, and reports that look, with the work
 * leases it holds, to the readiness check ({@link RegistryCondition}). The sign-in counts are the
 * node's own, since it started.
 */
// Open to any caller: used by other services and by its timer, never by pages; it changes nothing but counts.
@PermitAll
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RegistryMetrics {

    private static final Logger LOG = Logger.getLogger(RegistryMetrics.class.getName());

    @Inject
    private MeterRegistry meters;

    @Inject
    private Outbox outbox;

    @Inject
    private TransferProcessing transfers;

    @Inject
    private WorkLeases leases;

    @Inject
    private RegistryCondition condition;

    private final AtomicLong outboxPending = new AtomicLong();
    private final AtomicLong outboxFailed = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final AtomicLong transferQueueDepth = new AtomicLong();

    @PostConstruct
    void register() {
        gauges().forEach((name, value) -> meters.gauge(name, Tags.empty(), value, AtomicLong::get));
        readFigures();
    }

    /**
     * Takes the gauges out of the server's registry when the registry is undeployed: a gauge holds
     * its value weakly, and the next deployment's gauge of the same name would otherwise find the
     * old one there and show its lost value (NaN) for good.
     */
    @PreDestroy
    void unregister() {
        gauges().keySet().forEach(name -> meters.find(name).meters().forEach(meters::remove));
    }

    /**
     * Reads the queue figures from the database and reports them to the readiness check; a failure
     * leaves the metrics as they were, makes the registry not ready, and is logged.
     */
    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void readFigures() {
        Instant now = Instant.now();
        try {
            OutboxHealth health = outbox.health();
            Duration oldestPending = health.oldestPendingSince() == null ? Duration.ZERO
                    : Duration.between(health.oldestPendingSince(), now);
            outboxPending.set(health.pending());
            outboxFailed.set(health.failed());
            oldestPendingSeconds.set(Math.max(0, oldestPending.toSeconds()));
            transferQueueDepth.set(transfers.pendingCount());
            condition.report(ConditionReport.read(now, oldestPending,
                    leases.heldHere().stream().map(ScheduledWork::name).toList()));
        } catch (RuntimeException e) {
            condition.report(ConditionReport.unreadable(now, e.getClass().getSimpleName()));
            LOG.log(Level.WARNING, "the registry's figures could not be read now; the metrics keep the last ones", e);
        }
    }

    /**
     * Counts a sign-in that got as far as the registry's accounts: signed in (reason {@code linked}
     * for a first sign-in, {@code returning} otherwise) or refused (the {@link SignInRefusal}).
     */
    public void countSignIn(SignInResult result) {
        if (result instanceof SignInResult.SignedIn signedIn) {
            countSignIn("signed_in", signedIn.newlyLinked() ? "linked" : "returning");
        } else if (result instanceof SignInResult.Refused refused) {
            countSignIn("refused", refused.reason().name().toLowerCase(Locale.ROOT));
        }
    }

    /** Counts a return from login.gov that signed nobody in; what went wrong is in the audit log. */
    public void countFailedSignIn() {
        countSignIn("failed", "answer_not_accepted");
    }

    /**
     * Counts a security event pushed by login.gov: {@code stored}, {@code already_received}, or the
     * RFC 8935 error code it was refused with.
     */
    public void countSecurityEvent(String outcome) {
        meters.counter("registry.security.events", Tags.of("outcome", outcome)).increment();
    }

    private void countSignIn(String outcome, String reason) {
        meters.counter("registry.sign.ins", Tags.of("outcome", outcome, "reason", reason)).increment();
    }

    /*
     * Through the registry's own methods, not Gauge.builder/Counter.builder: WildFly hands the
     * deployment a registry that passes only these on to the one /metrics publishes (meters
     * registered through a builder stay in the deployment's registry and are never shown). Their
     * descriptions are in docs/operations.md.
     */
    private Map<String, AtomicLong> gauges() {
        return Map.of("registry.outbox.pending", outboxPending,
                "registry.outbox.failed", outboxFailed,
                "registry.outbox.oldest.pending.seconds", oldestPendingSeconds,
                "registry.transfer.queue.depth", transferQueueDepth);
    }
}
