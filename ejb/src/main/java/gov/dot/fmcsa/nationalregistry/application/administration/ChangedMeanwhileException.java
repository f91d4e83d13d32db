package gov.dot.fmcsa.nationalregistry.application.administration;

import jakarta.ejb.ApplicationException;

/**
 * What an administrator acted on changed since they read it (another administrator, or the
 * registry itself): their action would overwrite that change, so nothing is done.
 */
@ApplicationException(rollback = true)
public class ChangedMeanwhileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChangedMeanwhileException(String what) {
        super(what + " was changed meanwhile");
    }
}
