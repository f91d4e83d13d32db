package gov.dot.fmcsa.nationalregistry.application.account;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import java.time.LocalDate;

/**
 * An examiner in a list of those someone may see.
 *
 * @param certificationExpiresOn null when no certification is on file
 */
public record ExaminerSummary(NationalRegistryNumber number, String fullName, LocalDate certificationExpiresOn) {

    static ExaminerSummary of(RegistryAccount examiner) {
        return new ExaminerSummary(examiner.number(), examiner.displayName(),
                examiner.certification() == null ? null : examiner.certification().expiresOn());
    }
}
