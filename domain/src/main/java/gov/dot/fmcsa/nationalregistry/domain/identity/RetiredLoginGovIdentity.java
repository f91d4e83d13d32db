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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A link that was ended: which login.gov identity ({@code sub}) was linked to which account, when,
 * and who ended it. A link is never reused: the registry does not link the same {@code sub} to the
 * same account again by itself (its emails would still match), so that an identity an administrator
 * took off an account, a lost or compromised login.gov account say, cannot sign in to it again.
 */
@Entity
@Table(name = "retired_login_gov_identity")
@NamedQuery(name = RetiredLoginGovIdentity.OF_SUBJECT_AND_ACCOUNT,
        query = "SELECT r.id FROM RetiredLoginGovIdentity r WHERE r.subject = :subject AND r.account = :account")
public class RetiredLoginGovIdentity {

    public static final String OF_SUBJECT_AND_ACCOUNT = "RetiredLoginGovIdentity.ofSubjectAndAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retired_identity_seq")
    @SequenceGenerator(name = "retired_identity_seq", sequenceName = "retired_login_gov_identity_seq",
            allocationSize = 20)
    private Long id;

    @Column(name = "subject", nullable = false, length = LoginGovIdentity.MAX_SUBJECT_LENGTH, updatable = false)
    private String subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private RegistryAccount account;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    @Column(name = "retired_at", nullable = false, updatable = false)
    private Instant retiredAt;

    /** Who ended the link: an administrator's number, or login.gov itself (a security event). */
    @Column(name = "retired_by", nullable = false, length = Actor.MAX_LENGTH, updatable = false)
    private String retiredBy;

    protected RetiredLoginGovIdentity() {
        // for JPA
    }

    RetiredLoginGovIdentity(LoginGovIdentity link, Instant retiredAt, Actor retiredBy) {
        this.subject = link.subject();
        this.account = link.account();
        this.linkedAt = link.linkedAt();
        this.retiredAt = Objects.requireNonNull(retiredAt, "retiredAt");
        this.retiredBy = Objects.requireNonNull(retiredBy, "retiredBy").name();
    }

    public String subject() {
        return subject;
    }

    public RegistryAccount account() {
        return account;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public Actor retiredBy() {
        return new Actor(retiredBy);
    }
}
