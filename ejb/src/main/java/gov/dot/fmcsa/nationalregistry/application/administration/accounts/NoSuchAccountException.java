package gov.dot.fmcsa.nationalregistry.application.administration.accounts;

import jakarta.ejb.ApplicationException;

/** No account has the number an administrator asked for. */
@ApplicationException(rollback = true)
public class NoSuchAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchAccountException() {
        super("No account with that number.");
    }
}
