package gov.dot.fmcsa.nationalregistry.web.emaillink;

import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailAddressTakenException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailLinkUnusableException;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import gov.dot.fmcsa.nationalregistry.web.faces.ClientAddress;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * "Confirm your new email address", opened from the link sent to the new address. Confirming
 * takes a button press, not the opening of the link, so that mail scanners that open links do not
 * confirm anything.
 */
@Named
@ViewScoped
public class ConfirmEmailPage extends EmailLinkPage {

    private static final long serialVersionUID = 1L;

    @Override
    protected TokenPurpose purpose() {
        return TokenPurpose.CONFIRM_NEW_EMAIL;
    }

    /**
     * Confirms the address; the account is migrated if it was waiting for it (then email (a), and
     * the page says so), otherwise only its email on file changes.
     */
    public String confirm() {
        try {
            boolean migrated = emailChange().confirm(getToken(), ClientAddress.current());
            return migrated ? "/email-confirmed?faces-redirect=true" : "/email-changed?faces-redirect=true";
        } catch (EmailAddressTakenException e) {
            Messages.fieldError(null, "This address is on file for another National Registry account, so it"
                    + " cannot be confirmed for this one. Start again and give an address that only you use.");
            return null;
        } catch (EmailLinkUnusableException e) {
            load();
            return null;
        }
    }
}
