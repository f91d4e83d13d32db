package gov.dot.fmcsa.nationalregistry.application.securityevent;

import gov.dot.fmcsa.nationalregistry.application.account.RegistryAccounts;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.notification.RegistryEmails;
import gov.dot.fmcsa.nationalregistry.application.outbox.Outbox;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.identity.LoginGovIdentity;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.domain.securityevent.SecurityEvent;
import gov.dot.fmcsa.nationalregistry.domain.securityevent.SecurityEventType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores a pushed security event and acts on it (docs/product.md "Security events"), each in a
 * transaction of its own: what the event does to the account and its audit record are kept
 * together, or neither. Every audit record names the event's type and {@code jti}.
 */
// Open to any caller: used by the inbox and the queue, never by pages; the token was checked before.
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityEventProcessing {

    /** How many times acting on an event is tried before it is set aside. */
    public static final int MAX_ATTEMPTS = 10;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private RegistryAccounts accounts;

    @Inject
    private RegistryEmails emails;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    /** True when an event with {@code jti} was stored already. */
    public boolean received(String jti) {
        return em.createNamedQuery(SecurityEvent.COUNT_WITH_JTI, Long.class).setParameter("jti", jti)
                .getSingleResult() > 0;
    }

    /** Stores {@code event}, to be acted on; fails if its {@code jti} was stored meanwhile. */
    public void store(PushedSecurityEvent event) {
        em.persist(event.received(Instant.now()));
        em.flush();
    }

    /** The ids of at most {@code max} events not acted on yet, oldest first. */
    public List<Long> pending(int max) {
        return em.createNamedQuery(SecurityEvent.PENDING, Long.class).setMaxResults(max).getResultList();
    }

    /** Acts on the event {@code id}, unless it is gone or was acted on already. */
    public void process(long id) {
        SecurityEvent event = em.find(SecurityEvent.class, id);
        if (event == null || event.processedAt().isPresent()) {
            return;
        }
        String outcome = event.type().aboutAnEmail() ? doubtTheEmail(event) : actOnTheIdentity(event);
        event.processed(Instant.now(), outcome);
    }

    /** Counts a failed attempt to act on the event {@code id}, setting it aside at the last: the count so far. */
    public int attemptFailed(long id, String error) {
        SecurityEvent event = em.find(SecurityEvent.class, id);
        if (event == null || event.processedAt().isPresent()) {
            return 0;
        }
        int attempts = event.attemptFailed();
        if (attempts >= MAX_ATTEMPTS) {
            String outcome = "set aside after " + attempts + " failed attempts: " + error;
            event.processed(Instant.now(), outcome);
            audit.record(Actor.LOGIN_GOV, AuditAction.SECURITY_EVENT_IGNORED, null, describe(event, outcome));
        }
        return attempts;
    }

    private String actOnTheIdentity(SecurityEvent event) {
        Optional<LoginGovIdentity> identity = event.subject().flatMap(accounts::identityWithSubject);
        if (event.type() == SecurityEventType.UNKNOWN || identity.isEmpty()) {
            String outcome = identity.isEmpty() ? "no account is linked to this login.gov identity"
                    : "an event type the registry does not act on";
            audit.record(Actor.LOGIN_GOV, AuditAction.SECURITY_EVENT_IGNORED,
                    identity.map(link -> link.account().number()).orElse(null), describe(event, outcome));
            return outcome;
        }
        LoginGovIdentity link = identity.get();
        RegistryAccount account = link.account();
        return switch (event.type()) {
            case ACCOUNT_PURGED -> endLink(event, link);
            case ACCOUNT_DISABLED -> {
                account.disableByLoginGov();
                yield audited(event, AuditAction.LOGIN_GOV_DISABLED, account,
                        "sessions end and sign-in is refused until login.gov enables the account"
                                + event.reason().map(reason -> " (reason: " + reason + ")").orElse(""));
            }
            case ACCOUNT_ENABLED -> {
                account.enableByLoginGov();
                yield audited(event, AuditAction.LOGIN_GOV_ENABLED, account, "sign-in possible again");
            }
            case REPROOF_COMPLETED -> {
                link.reproofed(event.issuedAt());
                yield audited(event, AuditAction.LOGIN_GOV_REPROOFED, account, "identity verified again");
            }
            case MFA_LIMIT_ACCOUNT_LOCKED, RECOVERY_ACTIVATED, RECOVERY_INFORMATION_CHANGED, PASSWORD_RESET ->
                    audited(event, AuditAction.LOGIN_GOV_SECURITY_NOTICE, account,
                            emailUnlessInDoubt(account, emails.securityNotice(account, event.type()),
                                    "security notice"));
            case IDENTIFIER_CHANGED, IDENTIFIER_RECYCLED, UNKNOWN ->
                    throw new IllegalStateException(event.type() + " is not about an identity");
        };
    }

    private String endLink(SecurityEvent event, LoginGovIdentity link) {
        RegistryAccount account = link.account();
        accounts.endLink(link, Actor.LOGIN_GOV);
        return audited(event, AuditAction.LOGIN_GOV_LINK_ENDED, account,
                "login.gov subject " + link.subject() + " retired; status LINKED -> MIGRATED; "
                        + emailUnlessInDoubt(account, emails.loginGovLinkEnded(account), "how to link a new one"));
    }

    /**
     * Queues {@code email} to the email on file, unless login.gov said that address changed hands:
     * its new holder must learn nothing about the account. What was done, for the audit record.
     */
    private String emailUnlessInDoubt(RegistryAccount account, OutboxEmail email, String what) {
        if (account.emailInDoubtSince().isPresent()) {
            return what + " not emailed: the email on file is in doubt";
        }
        outbox.queue(email);
        return what + " queued to the email on file";
    }

    private String doubtTheEmail(SecurityEvent event) {
        List<RegistryAccount> holders = event.email().flatMap(SecurityEventProcessing::emailAddress)
                .map(email -> accounts.withAnyEmailOf(List.of(email))).orElse(List.of());
        if (holders.isEmpty()) {
            String outcome = "no account has this email on file";
            audit.record(Actor.LOGIN_GOV, AuditAction.SECURITY_EVENT_IGNORED, null, describe(event, outcome));
            return outcome;
        }
        holders.forEach(account -> {
            account.doubtEmailOnFile(event.issuedAt());
            audited(event, AuditAction.EMAIL_ON_FILE_IN_DOUBT, account, "the email on file may no longer be the "
                    + "person's");
        });
        return "email on file put in doubt on " + holders.size() + " account(s)";
    }

    private static Optional<EmailAddress> emailAddress(String text) {
        try {
            return Optional.of(EmailAddress.of(text));
        } catch (InvalidValueException notAnEmail) {
            return Optional.empty();
        }
    }

    private String audited(SecurityEvent event, AuditAction action, RegistryAccount account, String outcome) {
        audit.record(Actor.LOGIN_GOV, action, account.number(), describe(event, outcome));
        return outcome;
    }

    /** "account-disabled event 4f1c...: sessions end ...": the audit record's detail. */
    private static String describe(SecurityEvent event, String outcome) {
        String type = event.type() == SecurityEventType.UNKNOWN ? event.typeUri() : event.type().eventName();
        return type + " event " + event.jti() + ": " + outcome;
    }
}
