package gov.dot.fmcsa.nationalregistry.domain.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which server node does a {@link ScheduledWork}, and until when: a node that holds the lease renews
 * it at every run; another takes it over only once it has expired, e.g. because its holder died.
 * One row per work (migration v008); nodes change it with {@link #TAKE} only, so that taking and
 * renewing are one atomic update, decided by the database.
 */
@Entity
@Table(name = "work_lease")
@NamedQuery(name = WorkLease.TAKE, query = "UPDATE WorkLease l SET l.holder = :node, l.expiresAt = :until"
        + " WHERE l.work = :work AND (l.holder = :node OR l.expiresAt < :now)")
@NamedQuery(name = WorkLease.HELD_BY, query = "SELECT l.work FROM WorkLease l"
        + " WHERE l.holder = :node AND l.expiresAt >= :now ORDER BY l.work")
public class WorkLease {

    /**
     * Renews the lease of {@code :work} for {@code :node} until {@code :until}, or takes it over when
     * it expired before {@code :now}: 1 row updated when {@code :node} holds it now, 0 otherwise.
     */
    public static final String TAKE = "WorkLease.take";

    /** The works whose lease {@code :node} holds at {@code :now}. */
    public static final String HELD_BY = "WorkLease.heldBy";

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "work_name", length = 40)
    private ScheduledWork work;

    /** The node's name ({@code jboss.node.name}); none before any node took it. */
    @Column(name = "holder", length = 100)
    private String holder;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected WorkLease() {
        // for JPA
    }

    public ScheduledWork work() {
        return work;
    }

    public String holder() {
        return holder;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
