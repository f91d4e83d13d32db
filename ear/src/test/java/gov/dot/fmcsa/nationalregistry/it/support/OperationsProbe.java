package gov.dot.fmcsa.nationalregistry.it.support;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.ContactDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PhoneNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PostalAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailContent;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.domain.outbox.RetrySchedule;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferApplication;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferOutcome;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Test deployments only: the data the console's operations tests (dashboard, outbox, reminders)
 * start from and look at, each call in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OperationsProbe {

    private static final RetrySchedule ONE_ATTEMPT = new RetrySchedule(1, Duration.ofSeconds(1), Duration.ofSeconds(1));

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** A LEGACY account of {@code type} with its postal address in {@code state}, or none when null. */
    public void createAccount(AccountType type, String number, State state) {
        RegistryAccount account = RegistryAccount.legacy(new NationalRegistryNumber(number), type,
                new ContactDetails("Test", "Operations " + number,
                        EmailAddress.of("operations." + number + "@example.com"),
                        null, null, null), Instant.now());
        if (state != null) {
            account.changePhoneAndAddress(PhoneNumber.of("6175550100"),
                    new PostalAddress("1 Main Street", null, "Capital City", state, "12345"));
        }
        em.persist(account);
    }

    /** An email about the account {@code number} whose one delivery attempt failed: FAILED; its id. */
    public long failedEmail(String number) {
        OutboxEmail email = new OutboxEmail("<" + UUID.randomUUID() + "@operations.test>", EmailKind.TRANSFER_MIGRATED,
                new NationalRegistryNumber(number), EmailAddress.of("operations." + number + "@example.com"),
                new EmailContent("Subject " + number, "Text of " + number,
                        "<p>HTML of " + number + "</p><script>document.title='injected'</script>"), Instant.now());
        email.attemptFailed("550 mailbox unavailable", Instant.now(), ONE_ATTEMPT);
        em.persist(email);
        em.flush();
        return email.id();
    }

    /** A transfer request for {@code number} received now, processed with {@code outcome} (pending when null). */
    public void transferRequest(String number, TransferOutcome outcome) {
        TransferRequest request = new TransferRequest(new TransferApplication(AccountType.THIRD_PARTY,
                new NationalRegistryNumber(number), null, null), "operations-test", Instant.now());
        if (outcome != null) {
            request.processed(outcome, Instant.now());
        }
        em.persist(request);
    }

    /** The audit event of a login.gov identity linked to {@code number} now. */
    public void linked(String number) {
        em.persist(new AuditEvent(Instant.now(), new Actor(number), AuditAction.LOGIN_GOV_LINKED,
                new NationalRegistryNumber(number), "operations test", null));
    }

    /** How many reminders to transfer were queued about the account {@code number}. */
    public long remindersOf(String number) {
        return em.createQuery("SELECT COUNT(e) FROM OutboxEmail e WHERE e.accountNumber = :number"
                        + " AND e.kind = gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind.TRANSFER_REMINDER",
                        Long.class)
                .setParameter("number", new NationalRegistryNumber(number)).getSingleResult();
    }

    /** The LEGACY accounts of {@code type} that are not locked: those a reminder campaign reaches. */
    public long remindable(AccountType type) {
        return em.createQuery("SELECT COUNT(a) FROM RegistryAccount a WHERE a.type = :type AND a.status = :status"
                        + " AND a.locked = FALSE", Long.class)
                .setParameter("type", type).setParameter("status", AccountStatus.LEGACY).getSingleResult();
    }

    /** The audit events of {@code action} since {@code since}, oldest first. */
    public List<AuditEvent> audit(AuditAction action, Instant since) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.action = :action AND e.occurredAt >= :since"
                        + " ORDER BY e.id", AuditEvent.class)
                .setParameter("action", action).setParameter("since", since).getResultList();
    }
}
