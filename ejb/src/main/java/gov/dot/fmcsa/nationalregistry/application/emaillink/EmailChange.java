package gov.dot.fmcsa.nationalregistry.application.emaillink;

import gov.dot.fmcsa.nationalregistry.application.account.RegistryAccounts;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.audit.ClientFingerprint;
import gov.dot.fmcsa.nationalregistry.application.notification.RegistryEmails;
import gov.dot.fmcsa.nationalregistry.application.outbox.Outbox;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.token.EmailLinkToken;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The repair of a shared email (docs/product.md flow 4b): through the link of email (b) the person gives a
 * new unique address; through the link then sent to that address they confirm it, and the account
 * is migrated. Every use of a link, and every refused one, is audited.
 */
// Anyone: whoever holds an emailed link, which is the proof.
@PermitAll
@Stateless
public class EmailChange {

    @Inject
    private EmailLinkTokens tokens;

    @Inject
    private RegistryAccounts accounts;

    @Inject
    private RegistryEmails emails;

    @Inject
    private Outbox outbox;

    @Inject
    private EmailConfirmations confirmations;

    @Inject
    private AuditLog audit;

    @Inject
    private ClientFingerprint fingerprint;

    /** Whether the link with {@code secret}, made for {@code purpose}, works now; changes nothing. */
    public EmailLink inspect(String secret, TokenPurpose purpose) {
        Optional<EmailLinkToken> token = tokens.find(secret, purpose);
        LinkStatus status = token.map(this::statusOf).orElse(LinkStatus.UNKNOWN);
        return token.filter(t -> status == LinkStatus.USABLE)
                .map(t -> new EmailLink(status, t.account().firstName(), t.pendingEmail()))
                .orElseGet(() -> EmailLink.unusable(status));
    }

    /**
     * Takes {@code newEmail} as the address to confirm for the account of a "set a new email"
     * link, uses the link up, and sends a confirmation link to {@code newEmail}. Whether the address
     * is on file for another account is told only to whoever confirms it ({@link #confirm}): the
     * answer here is the same either way.
     *
     * @throws EmailLinkUnusableException when the link does not work (nothing changes)
     * @throws ConfirmationLimitException when enough confirmation links went out for the account lately
     */
    public void chooseNewEmail(String secret, EmailAddress newEmail, String clientAddress) {
        EmailLinkToken token = usableToken(secret, TokenPurpose.SET_NEW_EMAIL, clientAddress);
        RegistryAccount account = token.account();
        useUp(token, clientAddress);
        confirmations.send(account, newEmail, EmailChangeRequester.linkHolder(fingerprint.of(clientAddress)));
    }

    /**
     * Confirms the address of a confirmation link: it becomes the account's primary email (a
     * secondary email still shared with another account is removed), an account whose email was
     * shared is migrated, and email (a) goes to the new address.
     *
     * @return true when this migrated the account (email (a) went out); false for an account that
     *         had already moved on, e.g. an examiner changing the email of a linked account
     * @throws EmailLinkUnusableException when the link does not work (nothing changes)
     * @throws EmailAddressTakenException when the address is on file for another account
     */
    public boolean confirm(String secret, String clientAddress) {
        EmailLinkToken token = usableToken(secret, TokenPurpose.CONFIRM_NEW_EMAIL, clientAddress);
        RegistryAccount account = token.account();
        EmailAddress confirmed = token.pendingEmail();
        if (accounts.onFileElsewhere(List.of(confirmed), account)) {
            throw new EmailAddressTakenException();
        }
        useUp(token, clientAddress);
        account.changePrimaryEmail(confirmed);
        if (account.secondaryEmail() != null && accounts.onFileElsewhere(List.of(account.secondaryEmail()), account)) {
            account.removeSecondaryEmail();
        }
        AccountStatus before = account.status();
        boolean migrating = before == AccountStatus.EMAIL_DUPLICATE;
        if (migrating) {
            account.migrate();
            outbox.queue(emails.migrated(account));
        }
        audit.record(Actor.ANONYMOUS, AuditAction.EMAIL_CONFIRMED, account.number(),
                "primary email replaced; status " + before + " -> " + account.status(), fingerprint.of(clientAddress));
        return migrating;
    }

    private EmailLinkToken usableToken(String secret, TokenPurpose purpose, String clientAddress) {
        Optional<EmailLinkToken> token = tokens.find(secret, purpose);
        LinkStatus status = token.map(this::statusOf).orElse(LinkStatus.UNKNOWN);
        if (status != LinkStatus.USABLE) {
            // Audited in a transaction of its own: the refusal rolls this one back.
            audit.recordAlone(Actor.ANONYMOUS, AuditAction.EMAIL_LINK_REFUSED,
                    token.map(t -> t.account().number()).orElse(null), purpose + ": " + status,
                    fingerprint.of(clientAddress));
            throw new EmailLinkUnusableException(status);
        }
        return token.orElseThrow();
    }

    private void useUp(EmailLinkToken token, String clientAddress) {
        token.use(Instant.now());
        audit.record(Actor.ANONYMOUS, AuditAction.EMAIL_LINK_USED, token.account().number(), token.purpose().name(),
                fingerprint.of(clientAddress));
    }

    private LinkStatus statusOf(EmailLinkToken token) {
        if (token.account().locked()) {
            return LinkStatus.ACCOUNT_LOCKED;
        }
        if (token.purpose() == TokenPurpose.SET_NEW_EMAIL
                && token.account().status() != AccountStatus.EMAIL_DUPLICATE) {
            return token.usedAt() == null ? LinkStatus.SETTLED : LinkStatus.USED;
        }
        return switch (token.stateAt(Instant.now())) {
            case USABLE -> LinkStatus.USABLE;
            case EXPIRED -> LinkStatus.EXPIRED;
            case USED -> LinkStatus.USED;
            case REPLACED -> LinkStatus.REPLACED;
        };
    }
}
