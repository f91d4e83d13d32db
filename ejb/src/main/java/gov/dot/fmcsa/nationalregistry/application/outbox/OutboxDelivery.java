package gov.dot.fmcsa.nationalregistry.application.outbox;

import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus;
import gov.dot.fmcsa.nationalregistry.domain.outbox.RetrySchedule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers outbox emails one at a time, each in a transaction of its own, so that one failure
 * never holds up or undoes another. A failed attempt is retried after
 * {@code registry.outbox.first-retry} (default 30 s), twice as long each time up to
 * {@code registry.outbox.max-retry} (1 h), and given up as FAILED after
 * {@code registry.outbox.max-attempts} (8) attempts.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private LinkSecretSeal seal;

    @Inject
    @ConfigProperty(name = "registry.outbox.max-attempts", defaultValue = "8")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "registry.outbox.first-retry", defaultValue = "PT30S")
    private Duration firstRetry;

    @Inject
    @ConfigProperty(name = "registry.outbox.max-retry", defaultValue = "PT1H")
    private Duration maxRetry;

    @Inject
    @ConfigProperty(name = "registry.outbox.body-retention", defaultValue = "P30D")
    private Duration bodyRetention;

    private RetrySchedule retries;

    @PostConstruct
    void readSchedule() {
        retries = new RetrySchedule(maxAttempts, firstRetry, maxRetry);
    }

    /** The ids of at most {@code max} pending emails that are due now, the longest waiting first. */
    public List<Long> due(int max) {
        return em.createNamedQuery(OutboxEmail.DUE, Long.class)
                .setParameter("now", Instant.now())
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Removes the bodies of emails queued more than the retention period ago that are no longer
     * pending ({@code registry.outbox.body-retention}, default 30 days): they hold personal data,
     * and the row's metadata is what the console and the audit need.
     *
     * @return how many bodies were removed
     */
    public int purgeOldBodies() {
        Instant now = Instant.now();
        return em.createNamedQuery(OutboxEmail.PURGE_BODIES_QUEUED_BEFORE)
                .setParameter("now", now)
                .setParameter("before", now.minus(bodyRetention))
                .executeUpdate();
    }

    /**
     * Sends the email {@code id} through {@code connection} if it is still pending, and records
     * the result: SENT, or the failed attempt and when the next one is due.
     */
    public void deliver(long id, MailConnection connection) {
        OutboxEmail email = em.find(OutboxEmail.class, id);
        if (email == null || email.status() != OutboxStatus.PENDING) {
            return;
        }
        try {
            connection.send(email, seal.contentToDeliver(email));
            email.markSent(Instant.now());
            audit.record(Actor.OUTBOX, AuditAction.EMAIL_SENT, email.accountNumber(),
                    email.kind() + " " + email.messageId());
        } catch (MessagingException | GeneralSecurityException e) {
            email.attemptFailed(e.toString(), Instant.now(), retries);
            AuditAction action = email.status() == OutboxStatus.FAILED
                    ? AuditAction.EMAIL_FAILED : AuditAction.EMAIL_ATTEMPT_FAILED;
            audit.record(Actor.OUTBOX, action, email.accountNumber(),
                    email.kind() + " " + email.messageId() + " attempt " + email.attempts() + ": " + e.getMessage());
        }
    }
}
