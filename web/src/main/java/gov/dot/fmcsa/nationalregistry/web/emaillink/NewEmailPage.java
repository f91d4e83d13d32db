package gov.dot.fmcsa.nationalregistry.web.emaillink;

import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailAddressTakenException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailLinkUnusableException;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import gov.dot.fmcsa.nationalregistry.web.faces.ClientAddress;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** "Set a new email address", opened from the link of email (b) (SPEC flow 4b). */
@Named
@ViewScoped
public class NewEmailPage extends EmailLinkPage {

    private static final long serialVersionUID = 1L;

    private EmailAddress email;
    private EmailAddress repeatedEmail;

    @Override
    protected TokenPurpose purpose() {
        return TokenPurpose.SET_NEW_EMAIL;
    }

    /** Takes the new address and sends the confirmation link to it. */
    public String submit() {
        if (!email.sameMailboxAs(repeatedEmail)) {
            Messages.fieldError("new-email:repeated-email", "The two addresses are not the same. Type your new address again.");
            return null;
        }
        try {
            emailChange().chooseNewEmail(getToken(), email, ClientAddress.current());
            return "/new-email-sent?faces-redirect=true";
        } catch (EmailAddressTakenException e) {
            Messages.fieldError("new-email:email", "This address is already on file for another National Registry"
                    + " account. Give an address that only you use.");
            return null;
        } catch (EmailLinkUnusableException e) {
            load();
            return null;
        }
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
