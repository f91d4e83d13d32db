package gov.dot.fmcsa.nationalregistry.web.console.reminders;

import gov.dot.fmcsa.nationalregistry.application.administration.reminders.CampaignProgress;
import gov.dot.fmcsa.nationalregistry.application.administration.reminders.CampaignRunningException;
import gov.dot.fmcsa.nationalregistry.application.administration.reminders.ReminderCampaigns;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * "Reminders": start a campaign that emails every LEGACY account of a type a reminder to
 * transfer, and follow the campaigns' progress (the page polls while one runs).
 */
@Named
@ViewScoped
public class RemindersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReminderCampaigns reminderCampaigns;

    private AccountType type;
    private Reason reason;
    private List<CampaignProgress> campaigns;

    /** Reads the campaigns: at the start of the view and at every poll. */
    public void refresh() {
        campaigns = reminderCampaigns.campaigns();
    }

    /** Starts the campaign for the type chosen; back to this page with a notice, or a message saying why not. */
    public String start() {
        try {
            CampaignProgress started = reminderCampaigns.start(type, reason);
            Messages.noticeAfterRedirect("The reminder campaign to " + started.total() + " LEGACY accounts ("
                    + type.displayName() + ") has started.");
            return "/console/reminders?faces-redirect=true";
        } catch (CampaignRunningException | EJBTransactionRolledbackException e) {
            // The second: another start for the type committed between our check and our own commit.
            Messages.fieldError("campaign:type", "A reminder campaign for " + type.displayName()
                    + " is running already. Wait until it has finished.");
            return null;
        }
    }

    /** True while a campaign is running: the page then polls for its progress. */
    public boolean isAnyRunning() {
        return campaigns.stream().anyMatch(CampaignProgress::running);
    }

    public List<AccountType> getTypes() {
        return Arrays.stream(AccountType.values()).filter(candidate -> candidate != AccountType.ADMINISTRATOR).toList();
    }

    public List<CampaignProgress> getCampaigns() {
        return campaigns;
    }

    public AccountType getType() {
        return type;
    }

    public void setType(AccountType type) {
        this.type = type;
    }

    public Reason getReason() {
        return reason;
    }

    public void setReason(Reason reason) {
        this.reason = reason;
    }
}
