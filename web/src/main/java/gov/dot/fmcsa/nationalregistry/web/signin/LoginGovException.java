package gov.dot.fmcsa.nationalregistry.web.signin;

import java.io.IOException;

/** A sign-in or sign-out with login.gov could not go on; the message is for the log and audit, not for people. */
public class LoginGovException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LoginGovException(String message) {
        super(message);
    }

    public LoginGovException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when login.gov could not be reached or did not answer in time, rather than answered wrongly. */
    public boolean loginGovUnreachable() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
