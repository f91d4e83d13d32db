package gov.dot.fmcsa.nationalregistry.web.account;

import gov.dot.fmcsa.nationalregistry.application.account.OwnAccount;
import gov.dot.fmcsa.nationalregistry.application.account.SameEmailException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailAddressTakenException;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.web.faces.ClientAddress;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Change your email address", for the signed-in examiner: the new address must be unique in the
 * registry and is confirmed through a link sent to it (the transfer's confirmation), and only then
 * replaces the one on file.
 */
@Named
@RequestScoped
public class EmailChangePage {

    @Inject
    private OwnAccount ownAccount;

    private EmailAddress email;
    private EmailAddress repeatedEmail;

    /** Sends the confirmation link, back to the account page; or says what is wrong next to the field. */
    public String submit() {
        if (!email.sameMailboxAs(repeatedEmail)) {
            Messages.fieldError("email-change:repeated-email", "The two addresses are not the same. Type your new address again.");
            return null;
        }
        try {
            ownAccount.requestEmailChange(email, ClientAddress.current());
        } catch (SameEmailException e) {
            Messages.fieldError("email-change:email", "This is already your email address on file.");
            return null;
        } catch (EmailAddressTakenException e) {
            Messages.fieldError("email-change:email", "This address is already on file for another National Registry"
                    + " account. Give an address that only you use.");
            return null;
        }
        Messages.noticeAfterRedirect("We sent a link to " + email.address() + ". Your email address on file changes"
                + " when you follow that link to confirm it; until then, nothing changes.");
        return "/account/review?faces-redirect=true";
    }

    public EmailAddress getEmail() {
        return email;
    }

    public void setEmail(EmailAddress email) {
        this.email = email;
    }

    public EmailAddress getRepeatedEmail() {
        return repeatedEmail;
    }

    public void setRepeatedEmail(EmailAddress repeatedEmail) {
        this.repeatedEmail = repeatedEmail;
    }
}
