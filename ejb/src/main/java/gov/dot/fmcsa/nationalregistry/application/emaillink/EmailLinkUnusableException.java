package gov.dot.fmcsa.nationalregistry.application.emaillink;

import jakarta.ejb.ApplicationException;

/** The link cannot be used (expired, used, unknown, no longer needed); nothing was changed. */
@ApplicationException(rollback = true)
public class EmailLinkUnusableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LinkStatus status;

    public EmailLinkUnusableException(LinkStatus status) {
        super("the link cannot be used: " + status);
        this.status = status;
    }

    public LinkStatus status() {
        return status;
    }
}
