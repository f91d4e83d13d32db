package gov.dot.fmcsa.nationalregistry.application.legacyimport;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.Certification;
import gov.dot.fmcsa.nationalregistry.domain.account.ContactDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import java.util.List;

/**
 * One account as a legacy file describes it, every field already checked for its format.
 * References to other rows (designating examiners, organizations) are checked when it is written.
 */
public record LegacyAccountRow(int line, NationalRegistryNumber number, AccountType type, ContactDetails contact,
                        Certification certification, List<LicenseDetails> licenses,
                        String organizationCode, String organizationName,
                        List<NationalRegistryNumber> designatedBy, List<String> associatedOrganizations) {
}
