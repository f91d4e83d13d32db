package gov.dot.fmcsa.nationalregistry.application.administration.accounts;

import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountRecord.AuditEntry;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountRecord.License;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountRecord.Link;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountRecord.Organization;
import gov.dot.fmcsa.nationalregistry.application.administration.accounts.AccountRecord.Person;
import gov.dot.fmcsa.nationalregistry.domain.account.Designation;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseDetails;
import gov.dot.fmcsa.nationalregistry.domain.account.ProfessionalLicense;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.domain.identity.LoginGovIdentity;
import gov.dot.fmcsa.nationalregistry.domain.organization.ThirdPartyOrganization;
import java.util.Comparator;
import java.util.List;

/** Turns an account and what is tied to it into the {@link AccountRecord} the console shows. */
final class AccountRecords {

    private AccountRecords() {
    }

    /**
     * @param identity   the linked login.gov identity, or null
     * @param assistants the designations the account made as an examiner
     * @param audit      the newest events about the account, newest first
     * @param auditCount how many events there are in all
     * @param callersOwn whether it is the reading administrator's own account
     */
    static AccountRecord of(RegistryAccount account, LoginGovIdentity identity, List<Designation> assistants,
                            List<AuditEvent> audit, long auditCount, boolean callersOwn) {
        return new AccountRecord(account.number(), account.version(), account.type(), account.status(),
                account.locked(), account.displayName(), account.primaryEmail(),
                account.secondaryEmail(), account.emailInDoubtSince().orElse(null), account.phone(), account.address(),
                account.certification(),
                licensesOf(account), organization(account.organization()),
                account.associatedOrganizations().stream().map(AccountRecords::organization)
                        .sorted(Comparator.comparing(Organization::code)).toList(),
                assistants.stream().map(designation -> person(designation.assistant())).toList(),
                account.designations().stream().map(designation -> person(designation.examiner()))
                        .sorted(Comparator.comparing(Person::fullName)).toList(),
                identity == null ? null : new Link(identity.subject(), identity.linkedAt(),
                        identity.identityAssurance(), identity.authenticatorAssurance(),
                        identity.reproofedAt().orElse(null), account.disabledByLoginGov()),
                account.createdAt(),
                audit.stream().map(event -> new AuditEntry(event.occurredAt(), event.actor().name(), event.action(),
                        event.detail())).toList(),
                auditCount, callersOwn);
    }

    private static List<License> licensesOf(RegistryAccount account) {
        return account.licenses().stream().map(ProfessionalLicense::details)
                .sorted(Comparator.comparing((LicenseDetails license) -> license.issuingState().name())
                        .thenComparing(license -> license.number().value()))
                .map(license -> new License(license.type().displayName(), license.issuingState().displayName(),
                        license.number().value(), license.expiresOn()))
                .toList();
    }

    private static Organization organization(ThirdPartyOrganization organization) {
        return organization == null ? null : new Organization(organization.code(), organization.name());
    }

    private static Person person(RegistryAccount account) {
        return new Person(account.number(), account.displayName());
    }
}
