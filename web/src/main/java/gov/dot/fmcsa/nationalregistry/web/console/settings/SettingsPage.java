package gov.dot.fmcsa.nationalregistry.web.console.settings;

import gov.dot.fmcsa.nationalregistry.application.administration.settings.TransferSwitch;
import gov.dot.fmcsa.nationalregistry.application.administration.settings.TransferSwitches;
import gov.dot.fmcsa.nationalregistry.application.versioning.ChangedMeanwhileException;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Settings": open or close transfer per account type. The page remembers the versions it
 * showed, so a change over another administrator's is refused ("changed by someone else") and
 * the reason typed stays in the form.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TransferSwitches transferSwitches;

    private List<TransferSwitch> switches;
    private Reason reason;

    /** Reads the settings, once per view. */
    public void load() {
        switches = transferSwitches.switches();
    }

    /** Opens transfer for {@code type} if it was closed, closes it if it was open; back to this page with a notice. */
    public String toggle(AccountType type) {
        TransferSwitch shown = switches.stream().filter(s -> s.type() == type).findFirst().orElseThrow();
        boolean open = !shown.open();
        try {
            transferSwitches.change(type, open, shown.version(), reason);
        } catch (ChangedMeanwhileException | EJBTransactionRolledbackException e) {
            // The second: another administrator's change committed between our check and our own commit.
            Messages.globalError("This setting was changed by someone else meanwhile. Nothing was saved. "
                    + "Reload this page to see the settings now, then make your change again.");
            return null;
        }
        Messages.noticeAfterRedirect("Transfer is now " + (open ? "open" : "closed") + " for "
                + type.displayName() + ".");
        return "/console/settings?faces-redirect=true";
    }

    public List<TransferSwitch> getSwitches() {
        return switches;
    }

    public Reason getReason() {
        return reason;
    }

    public void setReason(Reason reason) {
        this.reason = reason;
    }
}
