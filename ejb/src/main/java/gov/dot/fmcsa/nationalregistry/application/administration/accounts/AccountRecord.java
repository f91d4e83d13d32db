package gov.dot.fmcsa.nationalregistry.application.administration.accounts;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.Certification;
import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PhoneNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.PostalAddress;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the registry holds about one account, as the console's account page shows it to an
 * administrator, with the newest part of its audit trail.
 *
 * @param version          the account's version when read: an action based on an older one is refused
 * @param fullName         "First Last"
 *                         ({@link gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount#displayName()})
 * @param secondaryEmail   null when there is none
 * @param phone            null when none is on file
 * @param address          null when none is on file
 * @param certification    null when none is on file (always for accounts other than examiners')
 * @param licenses         by State, then number
 * @param organization     for a third party, the organization it works for; null otherwise
 * @param associatedOrganizations for an examiner, the organizations whose third parties see it
 * @param designatedAssistants for an examiner, the assistants it designated
 * @param designatingExaminers for an assistant, the examiners who designated it
 * @param link             null while no login.gov identity is linked
 * @param auditTrail       the newest {@value AccountAdministration#AUDIT_TRAIL_LENGTH} events about the account,
 *                         newest first
 * @param auditCount       how many events there are about the account in all
 * @param callersOwn       true when it is the account of the administrator who reads it, who can
 *                         neither lock nor unlink it (another administrator can)
 */
public record AccountRecord(NationalRegistryNumber number, long version, AccountType type, AccountStatus status,
                            boolean locked, String fullName, EmailAddress primaryEmail,
                            EmailAddress secondaryEmail, Instant emailInDoubtSince, PhoneNumber phone,
                            PostalAddress address,
                            Certification certification, List<License> licenses, Organization organization,
                            List<Organization> associatedOrganizations, List<Person> designatedAssistants,
                            List<Person> designatingExaminers, Link link, Instant createdAt,
                            List<AuditEntry> auditTrail, long auditCount, boolean callersOwn)
        implements Serializable {

    /** A professional license of an examiner. */
    public record License(String type, String state, String number, LocalDate expiresOn) implements Serializable {
    }

    /** A third-party organization. */
    public record Organization(String code, String name) implements Serializable {
    }

    /** Another account this one is tied to. */
    public record Person(NationalRegistryNumber number, String fullName) implements Serializable {
    }

    /**
     * The login.gov identity linked to the account; {@code reproofedAt} is null until login.gov says the person
     * verified their identity again, and {@code disabledByLoginGov} is true while login.gov has it disabled.
     */
    public record Link(String subject, Instant linkedAt, String identityAssurance, String authenticatorAssurance,
                       Instant reproofedAt, boolean disabledByLoginGov) implements Serializable {
    }

    /** One event of the account's audit trail. */
    public record AuditEntry(Instant occurredAt, String actor, AuditAction action, String detail)
            implements Serializable {
    }

    /** True when email (a) or (b) can be sent again: the account is migrated or waits for a new email. */
    public boolean emailResendable() {
        return status.hasTransferEmail();
    }

    /** True while the account waits for a new email address (its email is shared with another). */
    public boolean emailDuplicate() {
        return status == AccountStatus.EMAIL_DUPLICATE;
    }

    /** True when a login.gov identity is linked. */
    public boolean linked() {
        return status == AccountStatus.LINKED;
    }

    /** True when the reading administrator may unlink the account's login.gov identity. */
    public boolean unlinkable() {
        return linked() && !callersOwn;
    }

    /** True when the reading administrator may lock the account. */
    public boolean lockable() {
        return !locked && !callersOwn;
    }
}
