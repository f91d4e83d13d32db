package gov.dot.fmcsa.nationalregistry.application.emaillink;

import gov.dot.fmcsa.nationalregistry.application.account.RegistryAccounts;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.notification.RegistryEmails;
import gov.dot.fmcsa.nationalregistry.application.outbox.Outbox;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The one way a new email address is put on its way to an account: a confirmation link goes to
 * the address through the outbox, and the address becomes the account's only when its owner
 * follows the link ({@link EmailChange#confirm}, which refuses an address on file for another
 * account). Joins the caller's transaction, so the token, the email and the audit event are kept
 * together or not at all.
 */
// Open to any caller: used by other services, never by pages; who asks is checked by its callers.
@PermitAll
@Stateless
public class EmailConfirmations {

    @Inject
    private RegistryAccounts accounts;

    @Inject
    private EmailLinkTokens tokens;

    @Inject
    private RegistryEmails emails;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    /**
     * Sends {@code account} a link that confirms {@code newEmail}, and audits the request.
     *
     * @throws EmailAddressTakenException when {@code newEmail} is on file for another account and the
     *         requester may be told so (nothing is sent)
     * @throws ConfirmationLimitException when the requester is limited and enough confirmation links
     *         went out for the account lately (nothing is sent)
     */
    public void send(RegistryAccount account, EmailAddress newEmail, EmailChangeRequester requester) {
        if (requester.toldWhenAddressTaken() && accounts.onFileElsewhere(List.of(newEmail), account)) {
            throw new EmailAddressTakenException();
        }
        if (requester.limited()) {
            tokens.refuseConfirmationPastLimit(account);
        }
        outbox.queue(emails.confirmNewEmail(account, newEmail, tokens.issueConfirmation(account, newEmail),
                tokens.lifetime()));
        requester.audit(audit, account, newEmail);
    }
}
