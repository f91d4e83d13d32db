package gov.dot.fmcsa.nationalregistry.application.notification;

import gov.dot.fmcsa.nationalregistry.application.outbox.LinkSecretSeal;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailContent;
import gov.dot.fmcsa.nationalregistry.domain.outbox.EmailKind;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.domain.securityevent.SecurityEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The registry's emails: those of the transfer (docs/product.md flow 4): (a) migrated, (b) email
 * duplicated, the confirmation of a new address; the news of a designation for an assistant; and
 * an administrator's reminder to transfer. Links point at {@code registry.public-url}, the address
 * people reach the registry at. The emails carry the person's name and nothing else personal.
 */
@ApplicationScoped
public class RegistryEmails {

    private final String publicUrl;
    private final String messageIdDomain;
    private final LinkSecretSeal seal;

    @Inject
    RegistryEmails(@ConfigProperty(name = "registry.public-url",
                           defaultValue = "http://localhost:8080") String publicUrl,
                   @ConfigProperty(name = "registry.mail.message-id-domain",
                           defaultValue = "nationalregistry.fmcsa.dot.gov") String messageIdDomain,
                   LinkSecretSeal seal) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.messageIdDomain = messageIdDomain;
        this.seal = seal;
    }

    /** For CDI's proxy. */
    protected RegistryEmails() {
        this(".", ".", null);
    }

    /** Email (a), to the primary email on file: the account is migrated, go and sign in with login.gov. */
    public OutboxEmail migrated(RegistryAccount account) {
        EmailContent content = EmailLayout.compose("Your National Registry account was migrated to login.gov",
                account.displayName(), List.of(
                        "Your account was migrated successfully. Your email address has been migrated to use "
                                + "login.gov.",
                        "Please select the button below to sign in to the National Registry with login.gov. "
                                + "If you do not have a login.gov account yet, select \"Create Account\" on "
                                + "login.gov and register with this email address; the registry links your "
                                + "login.gov account to your National Registry account when you come back."),
                "Sign in to the National Registry", link("/sign-in.xhtml"));
        return email(EmailKind.TRANSFER_MIGRATED, account, account.primaryEmail(), content);
    }

    /** Email (b), to the primary email on file: the email is shared; the link sets a new one. */
    public OutboxEmail emailDuplicated(RegistryAccount account, String linkSecret, Duration linkLifetime) {
        EmailContent content = EmailLayout.compose("Action needed: your National Registry account was not migrated",
                account.displayName(), List.of(
                        "Your account was NOT migrated successfully. Your email address was duplicated in our system.",
                        "In order for you to register with login.gov, you will need to update your profile with a "
                                + "new unique email address. Please select the button below to update your profile "
                                + "with a new email address. The link works once and expires in "
                                + describe(linkLifetime) + "."),
                "Set a new email address", link("/new-email.xhtml?token=" + EmailContent.LINK_SECRET));
        return linkEmail(EmailKind.TRANSFER_EMAIL_DUPLICATE, account, account.primaryEmail(), content, linkSecret);
    }

    /** The confirmation link, to the address that a person gave as their new email. */
    public OutboxEmail confirmNewEmail(RegistryAccount account, EmailAddress newEmail, String linkSecret,
                                       Duration linkLifetime) {
        EmailContent content = EmailLayout.compose("Confirm your new email address for the National Registry",
                account.displayName(), List.of(
                        "This address was given as the new email address of a National Registry account.",
                        "Please select the button below to confirm that it is yours. The link works once and "
                                + "expires in " + describe(linkLifetime) + ". If you did not ask for this change, "
                                + "you can ignore this email: nothing changes until the address is confirmed."),
                "Confirm my email address", link("/confirm-email.xhtml?token=" + EmailContent.LINK_SECRET));
        return linkEmail(EmailKind.CONFIRM_NEW_EMAIL, account, newEmail, content, linkSecret);
    }

    /** To an administrative assistant whom {@code examiner} designated to act for them. */
    public OutboxEmail assistantDesignated(RegistryAccount assistant, RegistryAccount examiner) {
        EmailContent content = EmailLayout.compose("You were designated as an administrative assistant",
                assistant.displayName(), List.of(
                        examiner.displayName() + " (National Registry number " + examiner.number().value()
                                + ") designated you as their administrative assistant in the National Registry.",
                        "Once your own account is transferred to login.gov, you can see their account when you "
                                + "sign in. Never use an examiner's login.gov account: sign in with your own."),
                "Sign in to the National Registry", link("/sign-in.xhtml"));
        return email(EmailKind.ASSISTANT_DESIGNATED, assistant, assistant.primaryEmail(), content);
    }

    /** To the primary email of a LEGACY account, from an administrator's reminder campaign: transfer now. */
    public OutboxEmail transferReminder(RegistryAccount account) {
        EmailContent content = EmailLayout.compose("Reminder: move your National Registry account to login.gov",
                account.displayName(), List.of(
                        "Your National Registry account (number " + account.number().value() + ") has not been "
                                + "moved to login.gov yet. The National Registry is moving every account to "
                                + "login.gov, and accounts that are not transferred will no longer be reachable.",
                        "Please select the button below and fill in the \"Transfer or Create Account\" form. "
                                + "The registry then emails you the next step."),
                "Transfer my account", link("/transfer.xhtml"));
        return email(EmailKind.TRANSFER_REMINDER, account, account.primaryEmail(), content);
    }

    /**
     * To the primary email on file: login.gov deleted the account linked to the registry account,
     * and the link ended. Linking a new one is the first sign-in again, with an email on file.
     */
    public OutboxEmail loginGovLinkEnded(RegistryAccount account) {
        EmailContent content = EmailLayout.compose(
                "Your login.gov account is no longer linked to the National Registry", account.displayName(), List.of(
                        "login.gov told the National Registry that the login.gov account you signed in with was "
                                + "deleted, so it is no longer linked to your National Registry account (number "
                                + account.number().value() + ").",
                        "To sign in again, create a login.gov account with this email address (or add this address "
                                + "to the login.gov account you use), then select the button below: the registry "
                                + "links it to your account when you come back. If you did not delete your login.gov "
                                + "account, contact login.gov and the National Registry help desk."),
                "Sign in to the National Registry", link("/sign-in.xhtml"));
        return email(EmailKind.LOGIN_GOV_LINK_ENDED, account, account.primaryEmail(), content);
    }

    /** To the primary email on file: {@code what} happened to the login.gov account linked to the account. */
    public OutboxEmail securityNotice(RegistryAccount account, SecurityEventType what) {
        String happened = what.describe();
        EmailContent content = EmailLayout.compose("Security notice about your login.gov account",
                account.displayName(), List.of(
                        "login.gov told the National Registry that " + happened + ".",
                        "If this was you, there is nothing to do. If it was not you, contact login.gov at once, "
                                + "and the National Registry help desk: someone else may be trying to use your "
                                + "account."),
                "Sign in to the National Registry", link("/sign-in.xhtml"));
        return email(EmailKind.SECURITY_NOTICE, account, account.primaryEmail(), content);
    }

    private OutboxEmail email(EmailKind kind, RegistryAccount account, EmailAddress recipient, EmailContent content) {
        return new OutboxEmail(newMessageId(), kind, account.number(), recipient, content, Instant.now());
    }

    /** An email whose link secret is stored sealed and put in its body only at delivery (decision 20). */
    private OutboxEmail linkEmail(EmailKind kind, RegistryAccount account, EmailAddress recipient, EmailContent content,
                                  String linkSecret) {
        String messageId = newMessageId();
        return OutboxEmail.withSealedLinkSecret(messageId, kind, account.number(), recipient, content,
                seal.seal(linkSecret, messageId), Instant.now());
    }

    /** Fixed now, stored with the email: a repeated delivery is recognisably the same message. */
    private String newMessageId() {
        return "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
    }

    private String link(String pathAndQuery) {
        return publicUrl + pathAndQuery;
    }

    /** "24 hours", "30 minutes": how people say a link's lifetime. */
    static String describe(Duration lifetime) {
        if (lifetime.toHours() >= 1 && lifetime.toMinutesPart() == 0) {
            return lifetime.toHours() == 1 ? "1 hour" : lifetime.toHours() + " hours";
        }
        return lifetime.toMinutes() == 1 ? "1 minute" : lifetime.toMinutes() + " minutes";
    }
}
