package gov.dot.fmcsa.nationalregistry.application.account;

import jakarta.ejb.ApplicationException;

/**
 * There is no examiner with that number among those the caller may see. Deliberately one answer
 * for "does not exist" and "not yours": the caller learns nothing about other examiners.
 */
@ApplicationException(rollback = false)
public class ExaminerNotAvailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExaminerNotAvailableException() {
        super("no examiner with this number is among those you may see");
    }
}
