package gov.dot.fmcsa.nationalregistry.web.emaillink;

import gov.dot.fmcsa.nationalregistry.application.emaillink.ConfirmationLimitException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.EmailLinkUnusableException;
import gov.dot.fmcsa.nationalregistry.domain.token.TokenPurpose;
import gov.dot.fmcsa.nationalregistry.web.faces.ClientAddress;
import gov.dot.fmcsa.nationalregistry.web.faces.NewEmailFields;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** "Set a new email address", opened from the link of email (b) (docs/product.md flow 4b). */
@Named
@ViewScoped
public class NewEmailPage extends EmailLinkPage {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "new-email";

    private final NewEmailFields fields = new NewEmailFields();

    @Override
    protected TokenPurpose purpose() {
        return TokenPurpose.SET_NEW_EMAIL;
    }

    /** Takes the new address and sends the confirmation link to it. */
    public String submit() {
        if (!fields.typedAlike(FORM)) {
            return null;
        }
        try {
            emailChange().chooseNewEmail(getToken(), fields.getEmail(), ClientAddress.current());
            return "/new-email-sent?faces-redirect=true";
        } catch (ConfirmationLimitException e) {
            fields.showConfirmationLimit(FORM);
            return null;
        } catch (EmailLinkUnusableException e) {
            load();
            return null;
        }
    }

    public NewEmailFields getFields() {
        return fields;
    }
}
