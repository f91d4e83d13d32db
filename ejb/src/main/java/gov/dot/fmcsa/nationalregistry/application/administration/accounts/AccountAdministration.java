package gov.dot.fmcsa.nationalregistry.application.administration.accounts;

import gov.dot.fmcsa.nationalregistry.application.account.RegistryAccounts;
import gov.dot.fmcsa.nationalregistry.application.administration.administrators.AdministratorRoster;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailAddressTakenException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailChangeRequester;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailConfirmations;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailLinkTokens;
import gov.dot.fmcsa.nationalregistry.application.notification.RegistryEmails;
import gov.dot.fmcsa.nationalregistry.application.outbox.Outbox;
import gov.dot.fmcsa.nationalregistry.application.security.Administrators;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.application.versioning.ChangedMeanwhileException;
import gov.dot.fmcsa.nationalregistry.application.versioning.SeenVersions;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.Designation;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.domain.identity.LoginGovIdentity;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/**
 * One account in the management console: all that is on file about it, and the administrators'
 * actions on it (docs/product.md "Management console"). Every action takes the version of the account the
 * administrator saw and a {@link Reason}; it is refused with {@link AccountActionRefusedException}
 * when it does not apply to the account as it stands, with {@link ChangedMeanwhileException} when the
 * account changed since (every action raises the version, so a double click does not act twice),
 * and audited with the reason in the same transaction as the change and its email.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class AccountAdministration {

    /** How much of an account's audit trail the account page lists; the rest is in the audit log. */
    public static final int AUDIT_TRAIL_LENGTH = 100;

    @Resource
    private SessionContext caller;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private RegistryAccounts accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private EmailLinkTokens tokens;

    @Inject
    private RegistryEmails emails;

    @Inject
    private Outbox outbox;

    @Inject
    private EmailConfirmations confirmations;

    @Inject
    private Administrators administrators;

    @Inject
    private SeenVersions seenVersions;

    @Inject
    private AdministratorRoster roster;

    /**
     * Everything about the account {@code number}, with the newest {@value #AUDIT_TRAIL_LENGTH}
     * events of its audit trail.
     *
     * @throws NoSuchAccountException when no account has that number
     */
    public AccountRecord account(NationalRegistryNumber number) {
        RegistryAccount account = find(number);
        List<Designation> assistants = em.createNamedQuery(Designation.OF_EXAMINER, Designation.class)
                .setParameter("examiner", account).getResultList();
        List<AuditEvent> trail = em.createQuery("SELECT e FROM AuditEvent e WHERE e.subject = :number"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setParameter("number", number).setMaxResults(AUDIT_TRAIL_LENGTH).getResultList();
        long auditCount = em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.subject = :number", Long.class)
                .setParameter("number", number).getSingleResult();
        return AccountRecords.of(account, accounts.identityOf(account).orElse(null), assistants, trail, auditCount,
                isCallersOwn(number));
    }

    /**
     * Sends the account's transfer email again through the outbox: email (a) "migrated" to a
     * {@code MIGRATED} account, email (b) "email duplicated", with a new single-use link to set a
     * new email, to an {@code EMAIL_DUPLICATE} one.
     */
    public void resendEmail(NationalRegistryNumber number, long version, Reason reason) {
        RegistryAccount account = actionable(number, reason);
        AccountStatus status = account.status();
        refuseUnless(status.hasTransferEmail(),
                "Only an account that is migrated or waits for a new email address is sent its email again;"
                        + " this one is " + status + ".");
        requireVersion(account, version);
        if (status == AccountStatus.MIGRATED) {
            outbox.queue(emails.migrated(account));
        } else {
            outbox.queue(emails.emailDuplicated(account, tokens.issue(account, TokenPurpose.SET_NEW_EMAIL),
                    tokens.lifetime()));
        }
        audit.recordAdministration(administrator(), AuditAction.ACCOUNT_EMAIL_RESENT, number,
                status == AccountStatus.MIGRATED ? "email (a) migrated" : "email (b) email duplicated", reason);
    }

    /**
     * Repairs a shared email for its owner: sends a confirmation link to {@code newEmail}. As in the
     * owner's own repair (docs/product.md flow 4b), the address is put on file, and the account migrated, when
     * the link is followed ({@code EmailChange.confirm}); nothing else changes before.
     *
     * @throws EmailAddressTakenException when {@code newEmail} is on file for another account
     */
    public void resolveDuplicateEmail(NationalRegistryNumber number, long version, EmailAddress newEmail,
                                      Reason reason) {
        RegistryAccount account = actionable(number, reason);
        refuseUnless(account.status() == AccountStatus.EMAIL_DUPLICATE,
                "Only an account whose email is shared with another waits for a new email address;"
                        + " this one is " + account.status() + ".");
        requireVersion(account, version);
        confirmations.send(account, newEmail, EmailChangeRequester.administrator(administrator(), reason));
    }

    /**
     * Takes the login.gov identity off a {@code LINKED} account, which goes back to {@code MIGRATED}:
     * its sessions end at their next request, and its next sign-in with another login.gov account
     * links it afresh. The identity taken off is remembered and never linked to it again. Not the
     * caller's own account (see {@link #lock}).
     */
    public void unlink(NationalRegistryNumber number, long version, Reason reason) {
        RegistryAccount account = actionable(number, reason);
        refuseOwn(number, "unlink");
        refuseUnless(account.status() == AccountStatus.LINKED, "This account is not linked to login.gov.");
        refuseIfLastAdministrator(account);
        requireVersion(account, version);
        LoginGovIdentity identity = accounts.identityOf(account).orElseThrow();
        accounts.endLink(identity, Actor.of(administrator()));
        audit.recordAdministration(administrator(), AuditAction.ACCOUNT_UNLINKED, number,
                "login.gov subject " + identity.subject() + " unlinked; status LINKED -> MIGRATED", reason);
    }

    /**
     * Locks the account: its sessions end at their next request, and it can neither sign in nor
     * link. Not the caller's own account: an administrator who locked or unlinked themselves would be
     * out of the console at once. Nor the account of the last administrator able to sign in, also
     * when two administrators lock each other at once ({@link AdministratorRoster#anotherCanSignInThan}).
     */
    public void lock(NationalRegistryNumber number, long version, Reason reason) {
        RegistryAccount account = actionable(number, reason);
        refuseOwn(number, "lock");
        refuseUnless(!account.locked(), "This account is already locked.");
        refuseIfLastAdministrator(account);
        requireVersion(account, version);
        account.lock();
        audit.recordAdministration(administrator(), AuditAction.ACCOUNT_LOCKED, number, null, reason);
    }

    /** Unlocks a locked account. */
    public void unlock(NationalRegistryNumber number, long version, Reason reason) {
        RegistryAccount account = actionable(number, reason);
        refuseUnless(account.locked(), "This account is not locked.");
        requireVersion(account, version);
        account.unlock();
        audit.recordAdministration(administrator(), AuditAction.ACCOUNT_UNLOCKED, number, null, reason);
    }

    /** The account an action is for; an action without a reason is a programming error, refused before anything. */
    private RegistryAccount actionable(NationalRegistryNumber number, Reason reason) {
        Objects.requireNonNull(reason, "reason");
        return find(number);
    }

    private RegistryAccount find(NationalRegistryNumber number) {
        return accounts.byNumber(number).orElseThrow(NoSuchAccountException::new);
    }

    private void refuseIfLastAdministrator(RegistryAccount account) {
        if (administrators.isAdministrator(account)) {
            refuseUnless(roster.anotherCanSignInThan(account.number()),
                    "Nobody else could sign in as administrator: grant the role to another person first.");
        }
    }

    private void refuseOwn(NationalRegistryNumber number, String action) {
        refuseUnless(!isCallersOwn(number), "You cannot " + action + " your own account; another administrator can.");
    }

    /** An administrator who locked or unlinked themselves would be out of the console at once. */
    private boolean isCallersOwn(NationalRegistryNumber number) {
        return number.equals(administrator());
    }

    private static void refuseUnless(boolean applies, String why) {
        if (!applies) {
            throw new AccountActionRefusedException(why);
        }
    }

    private void requireVersion(RegistryAccount account, long version) {
        seenVersions.require(account, version, "account " + account.number());
    }

    private NationalRegistryNumber administrator() {
        return NationalRegistryNumber.of(caller.getCallerPrincipal().getName());
    }
}
