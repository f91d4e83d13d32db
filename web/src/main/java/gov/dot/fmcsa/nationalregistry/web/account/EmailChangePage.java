package gov.dot.fmcsa.nationalregistry.web.account;

import gov.dot.fmcsa.nationalregistry.application.account.OwnAccount;
import gov.dot.fmcsa.nationalregistry.application.account.SameEmailException;
import gov.dot.fmcsa.nationalregistry.application.emaillink.ConfirmationLimitException;
import gov.dot.fmcsa.nationalregistry.web.faces.ClientAddress;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import gov.dot.fmcsa.nationalregistry.web.faces.NewEmailFields;
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

    private static final String FORM = "email-change";

    private final NewEmailFields fields = new NewEmailFields();

    /** Sends the confirmation link, back to the account page; or says what is wrong next to the field. */
    public String submit() {
        if (!fields.typedAlike(FORM)) {
            return null;
        }
        try {
            ownAccount.requestEmailChange(fields.getEmail(), ClientAddress.current());
        } catch (SameEmailException e) {
            Messages.fieldError(FORM + ":email", "This is already your email address on file.");
            return null;
        } catch (ConfirmationLimitException e) {
            fields.showConfirmationLimit(FORM);
            return null;
        }
        Messages.noticeAfterRedirect("We sent a link to " + fields.getEmail().address() + ". Your email address on"
                + " file changes when you follow that link to confirm it; until then, nothing changes.");
        return "/account/review?faces-redirect=true";
    }

    public NewEmailFields getFields() {
        return fields;
    }
}
