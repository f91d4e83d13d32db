package gov.dot.fmcsa.nationalregistry.application.emaillink;

import jakarta.ejb.ApplicationException;

/** Enough confirmation links were sent for the account lately: no other is sent for now. */
@ApplicationException(rollback = true)
public class ConfirmationLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfirmationLimitException() {
        super("too many confirmation emails for this account in the last hour");
    }
}
