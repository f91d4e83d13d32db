package gov.dot.fmcsa.nationalregistry.application.account;

import jakarta.ejb.ApplicationException;

/** The account changed since the person read it: their change would overwrite another's. */
@ApplicationException(rollback = true)
public class AccountChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountChangedException() {
        super("the account was changed meanwhile");
    }
}
