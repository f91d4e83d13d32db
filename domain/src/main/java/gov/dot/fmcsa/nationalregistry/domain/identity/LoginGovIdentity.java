package gov.dot.fmcsa.nationalregistry.domain.identity;

import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The link between a login.gov identity (its {@code sub}, stable per agency) and a registry
 * account. One to one in both directions, enforced by the database: a {@code sub} is linked to at
 * most one account and an account to at most one {@code sub}.
 */
@Entity
@Table(name = "login_gov_identity")
@NamedQuery(name = LoginGovIdentity.BY_SUBJECT,
        query = "SELECT i FROM LoginGovIdentity i JOIN FETCH i.account WHERE i.subject = :subject")
@NamedQuery(name = LoginGovIdentity.OF_ACCOUNT,
        query = "SELECT i FROM LoginGovIdentity i WHERE i.account = :account")
public class LoginGovIdentity {

    public static final String BY_SUBJECT = "LoginGovIdentity.bySubject";
    public static final String OF_ACCOUNT = "LoginGovIdentity.ofAccount";

    public static final int MAX_SUBJECT_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_seq")
    @SequenceGenerator(name = "identity_seq", sequenceName = "login_gov_identity_seq", allocationSize = 20)
    private Long id;

    @Column(name = "subject", nullable = false, unique = true, length = MAX_SUBJECT_LENGTH, updatable = false)
    private String subject;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true, updatable = false)
    private RegistryAccount account;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    /** Identity assurance level login.gov reported at linking, e.g. {@code 1}. */
    @Column(name = "ial", length = 100)
    private String identityAssurance;

    /** Authenticator assurance level login.gov reported at linking, e.g. {@code 2}. */
    @Column(name = "aal", length = 100)
    private String authenticatorAssurance;

    /** When login.gov last said the person verified their identity again (a security event). */
    @Column(name = "reproofed_at")
    private Instant reproofedAt;

    protected LoginGovIdentity() {
        // for JPA
    }

    /** Links {@code subject} to {@code account} as of {@code linkedAt}. */
    public LoginGovIdentity(String subject, RegistryAccount account, Instant linkedAt,
                            String identityAssurance, String authenticatorAssurance) {
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("a login.gov subject has 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        this.subject = subject;
        this.account = Objects.requireNonNull(account, "account");
        this.linkedAt = Objects.requireNonNull(linkedAt, "linkedAt");
        this.identityAssurance = identityAssurance;
        this.authenticatorAssurance = authenticatorAssurance;
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public RegistryAccount account() {
        return account;
    }

    public Instant linkedAt() {
        return linkedAt;
    }

    public String identityAssurance() {
        return identityAssurance;
    }

    public String authenticatorAssurance() {
        return authenticatorAssurance;
    }

    /** login.gov said at {@code at} that the person verified their identity again. */
    public void reproofed(Instant at) {
        this.reproofedAt = Objects.requireNonNull(at, "at");
    }

    public Optional<Instant> reproofedAt() {
        return Optional.ofNullable(reproofedAt);
    }

    /**
     * The record that this link existed and was ended at {@code at} by {@code by}: persist it when
     * the link itself is removed, so that the same identity is not linked to the account again.
     */
    public RetiredLoginGovIdentity retire(Instant at, Actor by) {
        return new RetiredLoginGovIdentity(this, at, by);
    }
}
