package gov.dot.fmcsa.nationalregistry.application.audit;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The append-only audit log. An event joins the caller's transaction, so it is kept exactly when
 * the change it records is.
 */
// Open to any caller: used by other services and by timers, never by pages; who asks is checked by its callers.
@PermitAll
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /**
     * Records that {@code actor} did {@code action}, to the account {@code subject} if there is one.
     *
     * @param subject the account concerned, or null
     * @param detail  free text for the reader of the log, or null
     */
    public void record(Actor actor, AuditAction action, NationalRegistryNumber subject, String detail) {
        record(actor, action, subject, detail, null);
    }

    /**
     * Records an event that a request from outside caused.
     *
     * @param source the client address, already hashed by {@link ClientFingerprint}, or null
     * @see #record(Actor, AuditAction, NationalRegistryNumber, String)
     */
    public void record(Actor actor, AuditAction action, NationalRegistryNumber subject, String detail, String source) {
        em.persist(new AuditEvent(Instant.now(), actor, action, subject, detail, source));
    }

    /**
     * Records an administrator's action in the management console with the reason they gave, which
     * the detail ends with.
     *
     * @param administrator the administrator's National Registry number
     * @see #record(Actor, AuditAction, NationalRegistryNumber, String)
     */
    public void recordAdministration(NationalRegistryNumber administrator, AuditAction action,
                                     NationalRegistryNumber subject, String detail, Reason reason) {
        String withReason = (detail == null ? "" : detail + "; ") + "reason: " + reason.text();
        record(Actor.of(administrator), action, subject, withReason);
    }

    /**
     * Records an event in a transaction of its own, kept even when the caller's is rolled back:
     * for refusals, which undo everything else.
     *
     * @see #record(Actor, AuditAction, NationalRegistryNumber, String, String)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(Actor actor, AuditAction action, NationalRegistryNumber subject, String detail,
                            String source) {
        record(actor, action, subject, detail, source);
    }
}
