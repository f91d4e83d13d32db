package gov.dot.fmcsa.nationalregistry.application.administration.administrators;

import jakarta.ejb.ApplicationException;

/** A grant or revocation of the administrator role that the rules do not allow; nothing changed. */
@ApplicationException(rollback = true)
public class AdministratorChangeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AdministratorRefusal refusal;

    public AdministratorChangeRefusedException(AdministratorRefusal refusal) {
        super("administrator change refused: " + refusal);
        this.refusal = refusal;
    }

    public AdministratorRefusal refusal() {
        return refusal;
    }
}
