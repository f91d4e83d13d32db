package gov.dot.fmcsa.nationalregistry.application.designation;

import gov.dot.fmcsa.nationalregistry.domain.account.Designation;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import java.time.Instant;

/** An administrative assistant whom the examiner designated, and since when. */
public record AssistantSummary(NationalRegistryNumber number, String fullName, Instant designatedAt) {

    static AssistantSummary of(Designation designation) {
        return new AssistantSummary(designation.assistant().number(),
                designation.assistant().displayName(),
                designation.designatedAt());
    }
}
