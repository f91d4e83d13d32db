package gov.dot.fmcsa.nationalregistry.application.administration.outbox;

import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus;
import jakarta.ejb.ApplicationException;

/** Only a failed email is retried: this one is pending or sent (e.g. retried a moment ago). */
@ApplicationException(rollback = true)
public class EmailNotFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final OutboxStatus status;

    public EmailNotFailedException(OutboxStatus status) {
        super("the email is " + status + ", not FAILED");
        this.status = status;
    }

    public OutboxStatus status() {
        return status;
    }
}
