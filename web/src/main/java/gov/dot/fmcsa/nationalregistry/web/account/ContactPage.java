package gov.dot.fmcsa.nationalregistry.web.account;

import gov.dot.fmcsa.nationalregistry.application.account.ExaminerDetails;
import gov.dot.fmcsa.nationalregistry.application.account.OwnAccount;
import gov.dot.fmcsa.nationalregistry.application.versioning.ChangedMeanwhileException;
import gov.dot.fmcsa.nationalregistry.domain.account.InvalidValueException;
import gov.dot.fmcsa.nationalregistry.domain.account.PhoneNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PostalAddress;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.web.faces.ClientAddress;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * "Change your phone or postal address", for the signed-in examiner. The form starts from what is
 * on file and remembers the account's version: a save over someone else's change is refused with
 * a message, and what the examiner typed stays in the form.
 */
@Named
@ViewScoped
public class ContactPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OwnAccount ownAccount;

    private long version;
    private PhoneNumber phone;
    private String line1;
    private String line2;
    private String city;
    private State state;
    private String postalCode;

    /** Fills the form from the account, once per view. */
    public void load() {
        ExaminerDetails account = ownAccount.examinerReview();
        version = account.version();
        phone = account.phone();
        Optional.ofNullable(account.address()).ifPresent(address -> {
            line1 = address.line1();
            line2 = address.line2();
            city = address.city();
            state = address.state();
            postalCode = address.postalCode();
        });
    }

    /** Saves the phone and address, back to the account page; or shows what is wrong next to its field. */
    public String save() {
        PostalAddress address;
        try {
            address = new PostalAddress(line1, line2, city, state, postalCode);
        } catch (InvalidValueException e) {
            Messages.fieldError("contact:" + (e.part() == null ? "line1" : e.part()),
                    Messages.sentence(e.getMessage()));
            return null;
        }
        try {
            ownAccount.changePhoneAndAddress(version, phone, address, ClientAddress.current());
        } catch (ChangedMeanwhileException | EJBTransactionRolledbackException e) {
            // The second: a change committed between our check of the version and our own commit.
            Messages.globalError("Your account was changed by someone else meanwhile. Nothing was saved. "
                    + "Reload this page to see what is on file now, then make your change again.");
            return null;
        }
        Messages.noticeAfterRedirect("Your phone and postal address were saved.");
        return "/account/review?faces-redirect=true";
    }

    public State[] getStates() {
        return State.values();
    }

    public PhoneNumber getPhone() {
        return phone;
    }

    public void setPhone(PhoneNumber phone) {
        this.phone = phone;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }
}
