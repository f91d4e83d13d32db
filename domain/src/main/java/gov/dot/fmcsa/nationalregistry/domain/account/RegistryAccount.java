package gov.dot.fmcsa.nationalregistry.domain.account;

import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.organization.ThirdPartyOrganization;
import gov.dot.fmcsa.nationalregistry.domain.persistence.Versioned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An account of the National Registry. Accounts existed before login.gov and are imported, never
 * created by the people who own them; what changes afterwards is their {@link AccountStatus} on the
 * way to login.gov, and the details that the registry keeps about them.
 */
@Entity
@Table(name = "registry_account")
@NamedQuery(name = RegistryAccount.BY_NUMBERS,
        query = "SELECT a FROM RegistryAccount a WHERE a.number IN :numbers")
// Two queries rather than one with OR, so that each uses its own index.
@NamedQuery(name = RegistryAccount.WITH_PRIMARY_EMAIL,
        query = "SELECT a FROM RegistryAccount a WHERE a.primaryEmail.canonical IN :emails")
@NamedQuery(name = RegistryAccount.WITH_SECONDARY_EMAIL,
        query = "SELECT a FROM RegistryAccount a WHERE a.secondaryEmail.canonical IN :emails")
@NamedQuery(name = RegistryAccount.EXAMINERS_OF_ORGANIZATION,
        query = "SELECT e FROM RegistryAccount e JOIN e.associatedOrganizations o WHERE o = :organization"
                + " ORDER BY e.lastName, e.firstName, e.number")
public class RegistryAccount implements Versioned {

    public static final String BY_NUMBERS = "RegistryAccount.byNumbers";
    public static final String WITH_PRIMARY_EMAIL = "RegistryAccount.withPrimaryEmail";
    public static final String WITH_SECONDARY_EMAIL = "RegistryAccount.withSecondaryEmail";
    public static final String EXAMINERS_OF_ORGANIZATION = "RegistryAccount.examinersOfOrganization";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "registry_account_seq", allocationSize = 100)
    private Long id;

    @Version
    private long version;

    @Column(name = "national_registry_number", nullable = false, unique = true, length = 10, updatable = false)
    private NationalRegistryNumber number;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 32, updatable = false)
    private AccountType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private AccountStatus status;

    @Column(name = "locked", nullable = false)
    private boolean locked;

    /** login.gov disabled the identity linked to the account (a security event): no session until it is enabled. */
    @Column(name = "login_gov_disabled", nullable = false)
    private boolean loginGovDisabled;

    /** login.gov said the email on file changed hands or owner (a security event): it may not be the person's. */
    @Column(name = "email_in_doubt_since")
    private Instant emailInDoubtSince;

    @Column(name = "first_name", nullable = false, length = ContactDetails.MAX_NAME_LENGTH)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = ContactDetails.MAX_NAME_LENGTH)
    private String lastName;

    /** The names in lower case, for the console's case-insensitive prefix search on an index. */
    @Column(name = "first_name_key", nullable = false, length = ContactDetails.MAX_NAME_LENGTH)
    private String firstNameKey;

    @Column(name = "last_name_key", nullable = false, length = ContactDetails.MAX_NAME_LENGTH)
    private String lastNameKey;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "address",
                column = @Column(name = "primary_email", nullable = false, length = EmailAddress.MAX_LENGTH)),
        @AttributeOverride(name = "canonical",
                column = @Column(name = "primary_email_canonical", nullable = false, length = EmailAddress.MAX_LENGTH))
    })
    private EmailAddress primaryEmail;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "address",
                column = @Column(name = "secondary_email", length = EmailAddress.MAX_LENGTH)),
        @AttributeOverride(name = "canonical",
                column = @Column(name = "secondary_email_canonical", length = EmailAddress.MAX_LENGTH))
    })
    private EmailAddress secondaryEmail;

    @Column(name = "phone", length = 10)
    private PhoneNumber phone;

    @Embedded
    private PostalAddress address;

    @Embedded
    private Certification certification;

    @OneToMany(mappedBy = "examiner", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ProfessionalLicense> licenses = new ArrayList<>();

    /** For a third party: the organization the account works for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private ThirdPartyOrganization organization;

    /** For an examiner: the organizations whose third parties may see the examiner. */
    @ManyToMany
    @JoinTable(name = "examiner_organization",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private Set<ThirdPartyOrganization> associatedOrganizations = new HashSet<>();

    /** For an assistant: the examiners who designated this account. */
    @OneToMany(mappedBy = "assistant", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Designation> designations = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The legacy import run that last wrote this account; it tells a repeated row in one file. */
    @Column(name = "import_run", length = 36)
    private String importRun;

    @Column(name = "imported_at")
    private Instant importedAt;

    protected RegistryAccount() {
        // for JPA
    }

    private RegistryAccount(NationalRegistryNumber number, AccountType type, ContactDetails contact,
                            Instant createdAt) {
        this.number = Objects.requireNonNull(number, "number");
        this.type = Objects.requireNonNull(type, "type");
        this.status = AccountStatus.LEGACY;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        replaceContactDetails(contact);
    }

    /** A registry account as the old registry held it: status {@link AccountStatus#LEGACY}. */
    public static RegistryAccount legacy(NationalRegistryNumber number, AccountType type, ContactDetails contact,
                                         Instant createdAt) {
        return new RegistryAccount(number, type, contact, createdAt);
    }

    /** Replaces the names, emails, phone and address on file. */
    public void replaceContactDetails(ContactDetails contact) {
        this.firstName = contact.firstName();
        this.lastName = contact.lastName();
        this.firstNameKey = nameKey(firstName);
        this.lastNameKey = nameKey(lastName);
        this.primaryEmail = contact.primaryEmail();
        this.secondaryEmail = contact.secondaryEmail();
        this.phone = contact.phone();
        this.address = contact.address();
    }

    /** Replaces the phone number and postal address on file, as the account's owner keeps them. */
    public void changePhoneAndAddress(PhoneNumber newPhone, PostalAddress newAddress) {
        this.phone = Objects.requireNonNull(newPhone, "newPhone");
        this.address = Objects.requireNonNull(newAddress, "newAddress");
    }

    /** Replaces an examiner's certification. */
    public void replaceCertification(Certification newCertification) {
        requireType(AccountType.MEDICAL_EXAMINER, "a certification");
        this.certification = newCertification;
    }

    /**
     * Makes the examiner's licenses exactly {@code wanted}: licenses already on file (same State
     * and number) are updated in place, the others added, and those not wanted removed.
     */
    public void replaceLicenses(Collection<LicenseDetails> wanted) {
        requireType(AccountType.MEDICAL_EXAMINER, "licenses");
        licenses.removeIf(license -> wanted.stream().noneMatch(license::identifiedBy));
        for (LicenseDetails details : wanted) {
            licenses.stream().filter(license -> license.identifiedBy(details)).findFirst()
                    .ifPresentOrElse(license -> license.update(details),
                            () -> licenses.add(new ProfessionalLicense(this, details)));
        }
    }

    /** Sets the organization a third party works for. */
    public void assignOrganization(ThirdPartyOrganization newOrganization) {
        requireType(AccountType.THIRD_PARTY, "an organization");
        this.organization = Objects.requireNonNull(newOrganization, "organization");
    }

    /** Makes the examiner's associated organizations exactly {@code wanted}. */
    public void replaceAssociatedOrganizations(Collection<ThirdPartyOrganization> wanted) {
        requireType(AccountType.MEDICAL_EXAMINER, "associated organizations");
        associatedOrganizations.retainAll(wanted);
        associatedOrganizations.addAll(wanted);
    }

    /** Makes the examiners who designated this assistant exactly {@code examiners}. */
    public void replaceDesignatingExaminers(Collection<RegistryAccount> examiners, Instant at) {
        requireType(AccountType.ADMINISTRATIVE_ASSISTANT, "designations");
        examiners.forEach(examiner -> examiner.requireType(AccountType.MEDICAL_EXAMINER, "an assistant"));
        designations.removeIf(designation -> !examiners.contains(designation.examiner()));
        examiners.stream()
                .filter(examiner -> designations.stream().noneMatch(d -> d.examiner() == examiner))
                .forEach(examiner -> designations.add(new Designation(examiner, this, at)));
    }

    /**
     * Records that {@code examiner} designated this assistant.
     *
     * @return false when the examiner had already designated it (nothing changes)
     */
    public boolean acceptDesignationBy(RegistryAccount examiner, Instant at) {
        requireType(AccountType.ADMINISTRATIVE_ASSISTANT, "designations");
        examiner.requireType(AccountType.MEDICAL_EXAMINER, "an assistant");
        if (isDesignatedBy(examiner)) {
            return false;
        }
        designations.add(new Designation(examiner, this, at));
        return true;
    }

    /**
     * Ends {@code examiner}'s designation of this assistant.
     *
     * @return false when there was none (nothing changes)
     */
    public boolean endDesignationBy(RegistryAccount examiner) {
        return designations.removeIf(designation -> designation.examiner().equals(examiner));
    }

    /** True when {@code examiner} designated this account as an assistant. */
    public boolean isDesignatedBy(RegistryAccount examiner) {
        return designations.stream().anyMatch(designation -> designation.examiner().equals(examiner));
    }

    /**
     * The transfer found the email on file unique: the account is ready for its first login.gov
     * sign-in. Allowed from {@code LEGACY} and {@code EMAIL_DUPLICATE}.
     */
    public void migrate() {
        requireStatus("migrated", AccountStatus.LEGACY, AccountStatus.EMAIL_DUPLICATE);
        this.status = AccountStatus.MIGRATED;
    }

    /** The transfer found the email on file shared with another account. */
    public void markEmailDuplicate() {
        requireStatus("marked as sharing its email", AccountStatus.LEGACY, AccountStatus.EMAIL_DUPLICATE);
        this.status = AccountStatus.EMAIL_DUPLICATE;
    }

    /**
     * A login.gov identity was linked to the account (the caller keeps the link itself): from now
     * on it signs in through login.gov only. Allowed from {@code MIGRATED} only.
     */
    public void link() {
        requireStatus("linked", AccountStatus.MIGRATED);
        this.status = AccountStatus.LINKED;
    }

    /**
     * The login.gov identity was taken off the account (the caller deletes the link itself): it
     * waits for a first sign-in again. Allowed from {@code LINKED} only.
     */
    public void unlink() {
        requireStatus("unlinked", AccountStatus.LINKED);
        this.status = AccountStatus.MIGRATED;
        this.loginGovDisabled = false; // the identity login.gov disabled is no longer linked
    }

    /** Locks the account: nobody signs in to it or links it until it is unlocked. */
    public void lock() {
        if (locked) {
            throw new IllegalStateException("account " + number + " is already locked");
        }
        this.locked = true;
    }

    /** Unlocks a locked account. */
    public void unlock() {
        if (!locked) {
            throw new IllegalStateException("account " + number + " is not locked");
        }
        this.locked = false;
    }

    /** The form of a name that the name columns' search keys hold: {@code name} in lower case. */
    public static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * True when a session of the account may go on or begin: it is linked to login.gov, not locked,
     * and login.gov has not disabled the identity linked to it.
     */
    public boolean canSignIn() {
        return status == AccountStatus.LINKED && !locked && !loginGovDisabled;
    }

    /** login.gov disabled the identity linked to the account: its sessions end, and it signs in no more. */
    public void disableByLoginGov() {
        this.loginGovDisabled = true;
    }

    /** login.gov enabled the identity again. */
    public void enableByLoginGov() {
        this.loginGovDisabled = false;
    }

    public boolean disabledByLoginGov() {
        return loginGovDisabled;
    }

    /** The email on file may no longer be the person's, as login.gov said at {@code at}; the first doubt counts. */
    public void doubtEmailOnFile(Instant at) {
        if (emailInDoubtSince == null) {
            this.emailInDoubtSince = at;
        }
    }

    /** Since when the email on file may no longer be the person's, if login.gov said so. */
    public Optional<Instant> emailInDoubtSince() {
        return Optional.ofNullable(emailInDoubtSince);
    }

    /** "First Last": how pages and emails address the person. */
    public String displayName() {
        return firstName + " " + lastName;
    }

    /** True while the account has not finished its transfer (it may still be migrated). */
    public boolean awaitsMigration() {
        return status == AccountStatus.LEGACY || status == AccountStatus.EMAIL_DUPLICATE;
    }

    /** The primary email and, where there is one, the secondary. */
    public List<EmailAddress> emailsOnFile() {
        return secondaryEmail == null ? List.of(primaryEmail) : List.of(primaryEmail, secondaryEmail);
    }

    /** Makes {@code newPrimary} the primary email; the old primary is no longer on file. */
    public void changePrimaryEmail(EmailAddress newPrimary) {
        this.primaryEmail = Objects.requireNonNull(newPrimary, "newPrimary");
        this.emailInDoubtSince = null; // a new address is the person's: confirmed by link or set by an administrator
        if (newPrimary.sameMailboxAs(secondaryEmail)) {
            this.secondaryEmail = null;
        }
    }

    /** Removes the secondary email from file. */
    public void removeSecondaryEmail() {
        this.secondaryEmail = null;
    }

    /** True when the examiner holds the license {@code licenseNumber} issued by {@code state}. */
    public boolean holdsLicense(LicenseNumber licenseNumber, State state) {
        return licenses.stream().anyMatch(license -> license.number().equals(licenseNumber)
                && license.issuingState() == state);
    }

    /** Records which legacy import run wrote the account last. */
    public void markImported(String runId, Instant at) {
        this.importRun = Objects.requireNonNull(runId, "runId");
        this.importedAt = Objects.requireNonNull(at, "at");
    }

    /** True when the import run {@code runId} has already written this account. */
    public boolean importedBy(String runId) {
        return runId.equals(importRun);
    }

    private void requireStatus(String change, AccountStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new IllegalStateException("account " + number + " cannot be " + change + " while " + status);
        }
    }

    private void requireType(AccountType required, String what) {
        if (type != required) {
            throw new IllegalStateException("only a " + required + " account has " + what + "; "
                    + number + " is a " + type);
        }
    }

    public Long id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public NationalRegistryNumber number() {
        return number;
    }

    public AccountType type() {
        return type;
    }

    public AccountStatus status() {
        return status;
    }

    public boolean locked() {
        return locked;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public EmailAddress primaryEmail() {
        return primaryEmail;
    }

    public EmailAddress secondaryEmail() {
        return secondaryEmail;
    }

    public PhoneNumber phone() {
        return phone;
    }

    public PostalAddress address() {
        return address;
    }

    public Certification certification() {
        return certification;
    }

    public List<ProfessionalLicense> licenses() {
        return Collections.unmodifiableList(licenses);
    }

    public ThirdPartyOrganization organization() {
        return organization;
    }

    public Set<ThirdPartyOrganization> associatedOrganizations() {
        return Collections.unmodifiableSet(associatedOrganizations);
    }

    public List<Designation> designations() {
        return Collections.unmodifiableList(designations);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
