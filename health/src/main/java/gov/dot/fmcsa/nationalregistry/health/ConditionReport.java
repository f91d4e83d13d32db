package gov.dot.fmcsa.nationalregistry.health;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one look of the registry at itself found: whether the database answered, and if it did, how
 * long the oldest email has waited in the outbox and which work leases this node holds.
 *
 * @param readAt             when the figures were read
 * @param problem            why the database could not be read, or null when it answered
 * @param oldestPendingEmail how long the oldest pending email has waited, zero when none waits
 * @param leasesHeld         the background work this node does now (ScheduledWork names)
 */
public record ConditionReport(Instant readAt, String problem, Duration oldestPendingEmail, List<String> leasesHeld) {

    /** How old the last report may be before the registry counts as not ready: its reader has stopped. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(1);

    /** Before the first look: not ready. */
    static final ConditionReport NONE = new ConditionReport(Instant.EPOCH, "not read yet", Duration.ZERO, List.of());

    public ConditionReport {
        Objects.requireNonNull(readAt, "readAt");
        Objects.requireNonNull(oldestPendingEmail, "oldestPendingEmail");
        leasesHeld = List.copyOf(leasesHeld);
    }

    /** The figures of a look at a database that answered. */
    public static ConditionReport read(Instant at, Duration oldestPendingEmail, List<String> leasesHeld) {
        return new ConditionReport(at, null, oldestPendingEmail, leasesHeld);
    }

    /** A look at a database that did not answer. */
    public static ConditionReport unreadable(Instant at, String problem) {
        return new ConditionReport(at, Objects.requireNonNull(problem, "problem"), Duration.ZERO, List.of());
    }

    /**
     * Whether the node may take requests: its database answered at the last look, and that look is
     * recent. A slow outbox is not a reason to take a node out of the load balancer (every node shares
     * the outbox): it is in the data and in the metrics, for an alert.
     */
    public boolean ready(Instant now) {
        return problem == null && !readAt.plus(STALE_AFTER).isBefore(now);
    }

    /** What the check shows an operator beside its status. */
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("database", problem == null ? "reachable" : "unreachable: " + problem);
        data.put("readAt", readAt.toString());
        data.put("outboxOldestPendingSeconds", Long.toString(oldestPendingEmail.toSeconds()));
        data.put("leasesHeld", String.join(",", leasesHeld));
        return data;
    }
}
