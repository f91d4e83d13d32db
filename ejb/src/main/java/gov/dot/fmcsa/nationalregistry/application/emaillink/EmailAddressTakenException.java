package gov.dot.fmcsa.nationalregistry.application.emaillink;

import jakarta.ejb.ApplicationException;

/** The address is on file for another registry account, so it cannot be this account's unique email. */
@ApplicationException(rollback = true)
public class EmailAddressTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailAddressTakenException() {
        super("this email address is already on file for another National Registry account");
    }
}
