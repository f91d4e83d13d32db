package gov.dot.fmcsa.nationalregistry.application.background;

import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import gov.dot.fmcsa.nationalregistry.domain.scheduling.WorkLease;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides which server node does each {@link ScheduledWork} (docs/decisions/0016): every run of a
 * work's timer first asks {@link #holds}; the node holding the lease renews it and works, the
 * others skip that run. When the holder dies or stops, its lease runs out and the next node to ask
 * takes the work over, so the work goes on within {@code registry.work-lease.duration}.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Stateless
public class WorkLeases {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** This server's name in the cluster; WildFly's default is the host name. */
    @Inject
    @ConfigProperty(name = "jboss.node.name", defaultValue = "registry")
    private String node;

    /** How long a lease lasts without renewal: how soon another node takes over a dead one's work. */
    @Inject
    @ConfigProperty(name = "registry.work-lease.duration", defaultValue = "PT15S")
    private Duration duration;

    /**
     * Whether this node does {@code work} now: renews its lease, or takes over one that has
     * expired, in a transaction of its own so that the lease is settled before the work starts.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean holds(ScheduledWork work) {
        Instant now = Instant.now();
        return em.createNamedQuery(WorkLease.TAKE)
                .setParameter("work", work).setParameter("node", node)
                .setParameter("until", now.plus(duration)).setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** The works whose lease this node holds now. */
    public List<ScheduledWork> heldHere() {
        return em.createNamedQuery(WorkLease.HELD_BY, ScheduledWork.class)
                .setParameter("node", node).setParameter("now", Instant.now())
                .getResultList();
    }
}
