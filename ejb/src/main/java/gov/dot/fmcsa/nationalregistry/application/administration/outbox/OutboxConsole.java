package gov.dot.fmcsa.nationalregistry.application.administration.outbox;

import gov.dot.fmcsa.nationalregistry.application.administration.ActingAdministrator;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.application.versioning.ChangedMeanwhileException;
import gov.dot.fmcsa.nationalregistry.application.versioning.SeenVersions;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox as administrators see it (docs/product.md "Management console": sent, failed, retry): the
 * emails page by page, newest first, one email as rendered, and the retry of a failed one.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class OutboxConsole {


    private static final String WHERE_STATUS = " WHERE e.status = :status";

    @Resource
    private SessionContext caller;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private SeenVersions seenVersions;

    @Inject
    private AuditLog audit;

    /** How many emails have {@code status}; all of them when it is null. */
    public long count(OutboxStatus status) {
        return withStatus(em.createQuery("SELECT COUNT(e) FROM OutboxEmail e" + filter(status), Long.class), status)
                .getSingleResult();
    }

    /**
     * At most {@code max} emails with {@code status} (all when null) from the {@code first}th on,
     * newest first: the lines of the list only, never the bodies.
     */
    public List<OutboxEntry> page(OutboxStatus status, int first, int max) {
        return withStatus(em.createQuery("SELECT NEW " + OutboxEntry.class.getName() + "(e.id, e.createdAt, e.kind,"
                        + " e.accountNumber, e.recipient.address, e.subject, e.status, e.attempts) FROM OutboxEmail e"
                        + filter(status) + " ORDER BY e.createdAt DESC, e.id DESC", OutboxEntry.class), status)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * The email {@code id} as rendered, its link secret masked, and where its delivery stands, if
     * there is one. Who read which email's body is audited: the bodies hold personal data.
     */
    public Optional<OutboxEmailView> email(long id) {
        Optional<OutboxEmail> email = Optional.ofNullable(em.find(OutboxEmail.class, id));
        email.ifPresent(found -> audit.record(Actor.of(ActingAdministrator.of(caller)), AuditAction.EMAIL_BODY_VIEWED,
                found.accountNumber(), found.kind() + " " + found.messageId()));
        return email.map(OutboxEmailView::of);
    }

    /**
     * Sends a failed email again: it is pending and due now, its attempts counted afresh; audited
     * with the reason.
     *
     * @param version the email's version the administrator saw ({@link OutboxEmailView#version()})
     * @throws EmailNotFailedException when the email is not failed, e.g. retried a moment ago (nothing changes)
     * @throws ChangedMeanwhileException when the email changed since, is gone, or its body was purged
     */
    public void retry(long id, long version, Reason reason) {
        String what = "outbox email " + id;
        OutboxEmail email = Optional.ofNullable(em.find(OutboxEmail.class, id))
                .orElseThrow(() -> new ChangedMeanwhileException(what));
        if (email.status() != OutboxStatus.FAILED) {
            throw new EmailNotFailedException(email.status());
        }
        seenVersions.require(email, version, what);
        if (!email.canBeSentAgain()) { // failed still, but its body was purged since
            throw new ChangedMeanwhileException(what);
        }
        email.retry(Instant.now());
        audit.recordAdministration(ActingAdministrator.of(caller), AuditAction.EMAIL_RETRIED,
                email.accountNumber(), email.kind() + " " + email.messageId() + " to be sent again", reason);
    }

    private static String filter(OutboxStatus status) {
        return status == null ? "" : WHERE_STATUS;
    }

    private static <T> TypedQuery<T> withStatus(TypedQuery<T> query, OutboxStatus status) {
        return status == null ? query : query.setParameter("status", status);
    }
}
