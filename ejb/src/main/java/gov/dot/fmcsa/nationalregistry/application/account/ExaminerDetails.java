package gov.dot.fmcsa.nationalregistry.application.account;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.Certification;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PhoneNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PostalAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.ProfessionalLicense;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.identity.LoginGovIdentity;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An examiner's account as "Review your National Registry account" shows it (docs/product.md flow 8), to the
 * examiner and, read-only, to those who may act for them.
 *
 * @param version       the account's version when read: a change based on an older one is refused
 * @param fullName       "First Last", as pages address the person ({@link RegistryAccount#displayName()})
 * @param secondaryEmail null when there is none
 * @param phone          null when none is on file
 * @param address        null when none is on file
 * @param certification  null when none is on file
 * @param licenses       by State, then number
 * @param link           null while no login.gov identity is linked
 */
public record ExaminerDetails(NationalRegistryNumber number, long version, String fullName,
                              AccountStatus status, EmailAddress primaryEmail, EmailAddress secondaryEmail,
                              PhoneNumber phone, PostalAddress address, Certification certification,
                              List<LicenseDetails> licenses, Link link) {

    /** The login.gov identity linked to the account: when, and at which assurance levels. */
    public record Link(Instant linkedAt, String identityAssurance, String authenticatorAssurance) {
    }

    static ExaminerDetails of(RegistryAccount account, LoginGovIdentity identity) {
        List<LicenseDetails> licenses = account.licenses().stream().map(ProfessionalLicense::details)
                .sorted(Comparator.comparing((LicenseDetails license) -> license.issuingState().name())
                        .thenComparing(license -> license.number().value()))
                .toList();
        return new ExaminerDetails(account.number(), account.version(), account.displayName(),
                account.status(), account.primaryEmail(), account.secondaryEmail(), account.phone(),
                account.address(), account.certification(), licenses,
                identity == null ? null : new Link(identity.linkedAt(), identity.identityAssurance(),
                        identity.authenticatorAssurance()));
    }
}
