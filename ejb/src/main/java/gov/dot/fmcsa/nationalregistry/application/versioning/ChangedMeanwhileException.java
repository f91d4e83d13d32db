package gov.dot.fmcsa.nationalregistry.application.versioning;

import jakarta.ejb.ApplicationException;

/**
 * What a person acted on changed since they read it (another person, or the registry itself):
 * their change would overwrite that one, so nothing is done.
 */
@ApplicationException(rollback = true)
public class ChangedMeanwhileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param what what changed, as a log line names it ("the account", "outbox email 12") */
    public ChangedMeanwhileException(String what) {
        super(what + " was changed meanwhile");
    }
}
