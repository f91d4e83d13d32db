package gov.dot.fmcsa.nationalregistry.web.faces;

import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import java.io.Serializable;

/**
 * A new email address typed twice, as every form that replaces an email asks for it (fields
 * {@code email} and {@code repeated-email} of the form), with the messages those forms show.
 */
public class NewEmailFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private EmailAddress email;
    private EmailAddress repeated;

    /**
     * True when both fields name the same mailbox; otherwise says so next to the second field of
     * the form {@code formId}.
     */
    public boolean typedAlike(String formId) {
        if (email.sameMailboxAs(repeated)) {
            return true;
        }
        Messages.fieldError(formId + ":repeated-email",
                "The two addresses are not the same. Type your new address again.");
        return false;
    }

    /** Says, next to the first field of the form {@code formId}, that no more links go out for now. */
    public void showConfirmationLimit(String formId) {
        Messages.fieldError(formId + ":email", "We have sent several confirmation links for this account in the"
                + " last hour. Use the newest one, or try again in an hour.");
    }

    public EmailAddress getEmail() {
        return email;
    }

    public void setEmail(EmailAddress email) {
        this.email = email;
    }

    public EmailAddress getRepeated() {
        return repeated;
    }

    public void setRepeated(EmailAddress repeated) {
        this.repeated = repeated;
    }
}
