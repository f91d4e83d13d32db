package gov.dot.fmcsa.nationalregistry.application.account;

import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.audit.ClientFingerprint;
import gov.dot.fmcsa.nationalregistry.application.emaillink.ConfirmationLimitException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailChangeRequester;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailConfirmations;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.application.versioning.ChangedMeanwhileException;
import gov.dot.fmcsa.nationalregistry.application.versioning.SeenVersions;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.PhoneNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PostalAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The signed-in examiner's own account (docs/product.md flow 8). Which account that is comes from the
 * container's caller principal (the National Registry number), never from a parameter, so that
 * nobody can reach another's. Every method is examiners' only: others get {@link EJBAccessException}.
 */
@Stateless
@RolesAllowed(Roles.EXAMINER)
public class OwnAccount {

    @Resource
    private SessionContext caller;

    @Inject
    private SeenVersions seenVersions;

    @Inject
    private RegistryAccounts accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private ClientFingerprint fingerprint;

    @Inject
    private EmailConfirmations confirmations;

    /** The signed-in examiner's account, for "Review your National Registry account". */
    public ExaminerDetails examinerReview() {
        return accounts.detailsOf(signedIn());
    }

    /**
     * Replaces the phone number and postal address on file, and audits the change.
     *
     * @param version       the account's version the examiner saw ({@link ExaminerDetails#version()})
     * @param clientAddress where the request came from
     * @throws ChangedMeanwhileException when the account changed since the examiner read it (nothing changes)
     */
    public void changePhoneAndAddress(long version, PhoneNumber phone, PostalAddress address, String clientAddress) {
        RegistryAccount account = signedInAt(version);
        account.changePhoneAndAddress(phone, address);
        audit.record(actor(), AuditAction.CONTACT_DETAILS_CHANGED, account.number(), "phone and postal address",
                fingerprint.of(clientAddress));
    }

    /**
     * Starts a change of the email on file: sends a confirmation link to {@code newEmail}; the
     * address becomes the primary email only when its owner follows the link (the transfer's
     * confirmation, {@code EmailChange.confirm}, which refuses an address on file for another
     * account). The answer is the same whether or not the address is on file elsewhere: this page
     * must not tell anyone signed in which addresses belong to an account. Nothing else changes
     * meanwhile.
     *
     * @throws SameEmailException when it is already this account's primary email
     * @throws ConfirmationLimitException when enough confirmation links went out for the account lately
     */
    public void requestEmailChange(EmailAddress newEmail, String clientAddress) {
        RegistryAccount account = signedIn();
        if (account.primaryEmail().sameMailboxAs(newEmail)) {
            throw new SameEmailException();
        }
        confirmations.send(account, newEmail,
                EmailChangeRequester.owner(account.number(), fingerprint.of(clientAddress)));
    }

    private RegistryAccount signedIn() {
        return accounts.of(caller.getCallerPrincipal());
    }

    private RegistryAccount signedInAt(long version) {
        RegistryAccount account = signedIn();
        seenVersions.require(account, version, "account " + account.number());
        return account;
    }

    private Actor actor() {
        return new Actor(caller.getCallerPrincipal().getName());
    }
}
