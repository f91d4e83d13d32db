package gov.dot.fmcsa.nationalregistry.application.designation;

import jakarta.ejb.ApplicationException;

/** A designation or revocation that the rules do not allow; nothing changed. */
@ApplicationException(rollback = true)
public class DesignationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DesignationProblem problem;

    public DesignationRefusedException(DesignationProblem problem) {
        super("designation refused: " + problem);
        this.problem = problem;
    }

    public DesignationProblem problem() {
        return problem;
    }
}
