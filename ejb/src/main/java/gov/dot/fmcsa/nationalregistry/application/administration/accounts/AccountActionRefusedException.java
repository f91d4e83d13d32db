package gov.dot.fmcsa.nationalregistry.application.administration.accounts;

import jakarta.ejb.ApplicationException;

/**
 * A console action does not apply to the account as it stands (e.g. unlocking an account that is
 * not locked, also the second of a double click): nothing was done. The message says why, to the
 * administrator.
 */
@ApplicationException(rollback = true)
public class AccountActionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountActionRefusedException(String message) {
        super(message);
    }
}
