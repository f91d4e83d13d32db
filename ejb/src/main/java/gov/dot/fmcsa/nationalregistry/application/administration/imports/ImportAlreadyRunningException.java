package gov.dot.fmcsa.nationalregistry.application.administration.imports;

import jakarta.ejb.ApplicationException;

/** An import was started while another one runs: one at a time. Nothing was started. */
@ApplicationException(rollback = true)
public class ImportAlreadyRunningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportAlreadyRunningException() {
        super("an import is already running");
    }
}
