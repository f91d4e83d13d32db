package gov.dot.fmcsa.nationalregistry.application.outbox;

import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The durable outbox. An email is queued in the caller's transaction, the one that makes the
 * change the email reports: both are kept, or neither. {@link OutboxSender} delivers it later.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Stateless
public class Outbox {


    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** Queues {@code email} for delivery, in the caller's transaction. */
    public void queue(OutboxEmail email) {
        em.persist(email);
        audit.record(Actor.OUTBOX, AuditAction.EMAIL_QUEUED, email.accountNumber(), email.kind() + " " + email.messageId());
    }

    /** True when an email of {@code kind} about the account was queued after {@code since}. */
    public boolean queuedSince(NationalRegistryNumber account, EmailKind kind, Instant since) {
        return em.createNamedQuery(OutboxEmail.QUEUED_FOR_ACCOUNT_SINCE, Long.class)
                .setParameter("number", account)
                .setParameter("kind", kind)
                .setParameter("since", since)
                .getSingleResult() > 0;
    }
}
