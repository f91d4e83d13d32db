package gov.dot.fmcsa.nationalregistry.application.account;

import jakarta.ejb.ApplicationException;

/** The "new" email address is the one already on file. */
@ApplicationException(rollback = true)
public class SameEmailException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SameEmailException() {
        super("this is already the email address on file");
    }
}
