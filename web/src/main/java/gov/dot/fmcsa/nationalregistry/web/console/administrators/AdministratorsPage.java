package gov.dot.fmcsa.nationalregistry.web.console.administrators;

import gov.dot.fmcsa.nationalregistry.application.administration.administrators.AdministratorChangeRefusedException;
import gov.dot.fmcsa.nationalregistry.application.administration.administrators.AdministratorEntry;
import gov.dot.fmcsa.nationalregistry.application.administration.administrators.AdministratorRefusal;
import gov.dot.fmcsa.nationalregistry.application.administration.administrators.AdministratorRoster;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.web.faces.Messages;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * "Administrators": who holds the role, granting it to a linked account, and revoking a grant.
 * Each action has its own form with a reason; the service keeps the rules, this page words them.
 */
@Named
@RequestScoped
public class AdministratorsPage {

    private static final String GRANT_NUMBER = "grant:number";
    private static final String REVOKE_NUMBER = "revoke:number";
    private static final String PAGE = "/console/administrators?faces-redirect=true";

    @Inject
    private AdministratorRoster roster;

    private List<AdministratorEntry> administrators;
    private NationalRegistryNumber grantNumber;
    private Reason grantReason;
    private NationalRegistryNumber revokeNumber;
    private Reason revokeReason;

    public List<AdministratorEntry> getAdministrators() {
        if (administrators == null) {
            administrators = roster.administrators();
        }
        return administrators;
    }

    /** The granted administrators, whom the revoke form offers. */
    public List<AdministratorEntry> getRevocable() {
        return getAdministrators().stream().filter(entry -> !entry.first()).toList();
    }

    /** True for the signed-in administrator's own entry. */
    public boolean isSelf(AdministratorEntry entry) {
        return entry.number().value().equals(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    /** Grants the role to the account whose number was typed. */
    public String grant() {
        try {
            roster.grant(grantNumber, grantReason);
        } catch (AdministratorChangeRefusedException e) {
            Messages.fieldError(GRANT_NUMBER, messageFor(e.refusal()));
            return null;
        } catch (EJBTransactionRolledbackException e) {
            // The same grant committed meanwhile (a double click, another administrator).
            Messages.fieldError(GRANT_NUMBER, messageFor(AdministratorRefusal.ALREADY_ADMINISTRATOR));
            return null;
        }
        Messages.noticeAfterRedirect("Account " + grantNumber.value() + " is now an administrator, from its next"
                + " page or sign-in.");
        return PAGE;
    }

    /** Revokes the grant of the chosen administrator, the signed-in one's own included. */
    public String revoke() {
        boolean self = revokeNumber.value()
                .equals(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
        try {
            roster.revoke(revokeNumber, revokeReason);
        } catch (AdministratorChangeRefusedException e) {
            Messages.fieldError(REVOKE_NUMBER, messageFor(e.refusal()));
            return null;
        }
        if (self) {
            Messages.noticeAfterRedirect("You are no longer an administrator:"
                    + " the console is closed to you from now on.");
            return "/index?faces-redirect=true";
        }
        Messages.noticeAfterRedirect("Account " + revokeNumber.value() + " is no longer an administrator, from its"
                + " next page.");
        return PAGE;
    }

    static String messageFor(AdministratorRefusal refusal) {
        return switch (refusal) {
            case UNKNOWN_NUMBER -> "No National Registry account has this number.";
            case NOT_LINKED -> "This account does not sign in with login.gov yet: only a linked account can be an"
                    + " administrator.";
            case LOCKED -> "This account is locked: unlock it first.";
            case ALREADY_ADMINISTRATOR -> "This account is already an administrator.";
            case FIRST_ADMINISTRATOR -> "The first administrator comes from the server's configuration"
                    + " (registry.first-administrator) and cannot be revoked here.";
            case NOT_AN_ADMINISTRATOR -> "This account is not an administrator (any more): there is nothing to revoke.";
            case LAST_ADMINISTRATOR -> "This is the last administrator who can sign in: grant the role to someone"
                    + " else first. Nothing was revoked.";
        };
    }

    public NationalRegistryNumber getGrantNumber() {
        return grantNumber;
    }

    public void setGrantNumber(NationalRegistryNumber grantNumber) {
        this.grantNumber = grantNumber;
    }

    public Reason getGrantReason() {
        return grantReason;
    }

    public void setGrantReason(Reason grantReason) {
        this.grantReason = grantReason;
    }

    public NationalRegistryNumber getRevokeNumber() {
        return revokeNumber;
    }

    public void setRevokeNumber(NationalRegistryNumber revokeNumber) {
        this.revokeNumber = revokeNumber;
    }

    public Reason getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(Reason revokeReason) {
        this.revokeReason = revokeReason;
    }
}
