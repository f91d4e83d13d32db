package gov.dot.fmcsa.nationalregistry.web.console.accounts;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountActionRefusedException;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountAdministration;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountRecord;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.NoSuchAccountException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailAddressTakenException;
import gov.dot.fmcsa.nationalregistry.application.versioning.ChangedMeanwhileException;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;

/**
 * One account in the management console ({@code ?number=}) and the actions on it. The page keeps
 * the version of the account it shows, so that an action over someone else's change, or a second
 * submission of the same page, is refused with a message and does nothing. An unknown or malformed
 * number answers 404 with "No account with that number".
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CHANGED = "This account was changed by someone else meanwhile (or this action was sent twice)."
            + " Nothing was done. Reload this page to see the account as it is now, then act again if need be.";

    @Inject
    private AccountAdministration administration;

    private String number;
    private AccountRecord account;
    private Reason reason;
    private EmailAddress newEmail;

    /** Loads the account of {@code ?number=}, or answers 404. */
    public void load() {
        try {
            account = administration.account(NationalRegistryNumber.of(number == null ? "" : number));
        } catch (InvalidValueException | NoSuchAccountException e) {
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Sends email (a) or (b) again. */
    public String resendEmail() {
        return perform("The email was queued to be sent again.",
                () -> administration.resendEmail(account.number(), account.version(), reason));
    }

    /** Sends a confirmation link to the new email of an account whose email is shared. */
    public String resolveDuplicateEmail() {
        return perform("A confirmation link was queued to " + newEmail.address()
                        + ". The address is put on file, and the account migrated, when its owner follows the link.",
                () -> administration.resolveDuplicateEmail(account.number(), account.version(), newEmail, reason));
    }

    /** Takes the login.gov identity off the account. */
    public String unlink() {
        return perform("The login.gov identity was unlinked."
                        + " The account is migrated again and links at its next sign-in.",
                () -> administration.unlink(account.number(), account.version(), reason));
    }

    /** Locks the account. */
    public String lock() {
        return perform("The account was locked. Its sessions have ended.",
                () -> administration.lock(account.number(), account.version(), reason));
    }

    /** Unlocks the account. */
    public String unlock() {
        return perform("The account was unlocked.",
                () -> administration.unlock(account.number(), account.version(), reason));
    }

    private String perform(String done, Runnable action) {
        try {
            action.run();
        } catch (ChangedMeanwhileException | EJBTransactionRolledbackException e) {
            // The second: a change committed between the service's check of the version and its commit.
            Messages.globalError(CHANGED);
            return null;
        } catch (AccountActionRefusedException | NoSuchAccountException e) {
            Messages.globalError(e.getMessage() + " Nothing was done.");
            return null;
        } catch (EmailAddressTakenException e) {
            Messages.fieldError("resolve:newEmail", "This email address is already on file for another account."
                    + " Enter an address that belongs to this account's owner alone.");
            return null;
        }
        Messages.noticeAfterRedirect(done);
        return "/console/account?faces-redirect=true&number=" + account.number().value();
    }

    /** Null when there is no account with the number asked for. */
    public AccountRecord getAccount() {
        return account;
    }

    /** What the audit table holds: all the account's events, or the latest of how many. */
    public String getAuditCaption() {
        int shown = account.auditTrail().size();
        return (account.auditCount() > shown ? "The latest " + shown + " of " + account.auditCount() : "All " + shown)
                + " events about this account, newest first";
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Reason getReason() {
        return reason;
    }

    public void setReason(Reason reason) {
        this.reason = reason;
    }

    public EmailAddress getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(EmailAddress newEmail) {
        this.newEmail = newEmail;
    }
}
