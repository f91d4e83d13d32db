package gov.dot.fmcsa.nationalregistry.application.administration.reminders;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import jakarta.ejb.ApplicationException;

/** A reminder campaign for the type is still running: a second one would remind the same people twice. */
@ApplicationException(rollback = true)
public class CampaignRunningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CampaignRunningException(AccountType type) {
        super("a reminder campaign for " + type + " is running");
    }
}
