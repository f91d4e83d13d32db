package gov.dot.fmcsa.nationalregistry.application.designation;

import gov.dot.fmcsa.nationalregistry.application.account.RegistryAccounts;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.audit.ClientFingerprint;
import gov.dot.fmcsa.nationalregistry.application.notification.RegistryEmails;
import gov.dot.fmcsa.nationalregistry.application.outbox.Outbox;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.Designation;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in examiner's administrative assistants: staff who act for the examiner under their
 * own identity, since examiners may not share their login.gov credentials. Designating tells the
 * assistant by email; revoking takes effect on the assistant's next request (their scope is read on
 * every request: {@code ExaminersInScope}). Both are audited.
 */
@Stateless
@RolesAllowed(Roles.EXAMINER)
public class AssistantDesignations {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private RegistryAccounts accounts;

    @Inject
    private RegistryEmails emails;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private ClientFingerprint fingerprint;

    /** The assistants the signed-in examiner designated, by name. */
    public List<AssistantSummary> assistants() {
        return em.createNamedQuery(Designation.OF_EXAMINER, Designation.class)
                .setParameter("examiner", examiner())
                .getResultStream().map(AssistantSummary::of).toList();
    }

    /**
     * Designates the administrative assistant with {@code number} and tells them by email.
     *
     * @throws DesignationRefusedException for an unknown number, an account that is not an
     *         assistant's, the examiner's own number, or an assistant already designated
     */
    public void designate(NationalRegistryNumber number, String clientAddress) {
        RegistryAccount examiner = examiner();
        RegistryAccount assistant = assistant(examiner, number);
        if (!assistant.acceptDesignationBy(examiner, Instant.now())) {
            throw new DesignationRefusedException(DesignationProblem.ALREADY_DESIGNATED);
        }
        outbox.queue(emails.assistantDesignated(assistant, examiner));
        audit.record(Actor.of(examiner.number()), AuditAction.ASSISTANT_DESIGNATED, assistant.number(),
                "by examiner " + examiner.number().value(), fingerprint.of(clientAddress));
    }

    /**
     * Ends the designation of the assistant with {@code number}.
     *
     * @throws DesignationRefusedException when the examiner has not designated that assistant
     */
    public void revoke(NationalRegistryNumber number, String clientAddress) {
        RegistryAccount examiner = examiner();
        RegistryAccount assistant = accounts.byNumber(number)
                .filter(account -> account.type() == AccountType.ADMINISTRATIVE_ASSISTANT)
                .orElseThrow(() -> new DesignationRefusedException(DesignationProblem.NOT_DESIGNATED));
        if (!assistant.endDesignationBy(examiner)) {
            throw new DesignationRefusedException(DesignationProblem.NOT_DESIGNATED);
        }
        audit.record(Actor.of(examiner.number()), AuditAction.ASSISTANT_DESIGNATION_REVOKED, assistant.number(),
                "by examiner " + examiner.number().value(), fingerprint.of(clientAddress));
    }

    private RegistryAccount assistant(RegistryAccount examiner, NationalRegistryNumber number) {
        if (examiner.number().equals(number)) {
            throw new DesignationRefusedException(DesignationProblem.SELF);
        }
        RegistryAccount account = accounts.byNumber(number)
                .orElseThrow(() -> new DesignationRefusedException(DesignationProblem.NO_SUCH_ACCOUNT));
        if (account.type() != AccountType.ADMINISTRATIVE_ASSISTANT) {
            throw new DesignationRefusedException(DesignationProblem.NOT_AN_ASSISTANT);
        }
        return account;
    }

    private RegistryAccount examiner() {
        return accounts.of(caller.getCallerPrincipal());
    }
}
