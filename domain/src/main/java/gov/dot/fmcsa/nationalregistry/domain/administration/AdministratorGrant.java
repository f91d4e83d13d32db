package gov.dot.fmcsa.nationalregistry.domain.administration;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
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

/**
 * The {@code ADMINISTRATOR} role granted to an account by another administrator (docs/product.md "Management
 * console"). The first administrator is named by configuration instead and has no grant.
 */
@Entity
@Table(name = "administrator_grant")
@NamedQuery(name = AdministratorGrant.COUNT_OF_ACCOUNT,
        query = "SELECT COUNT(g) FROM AdministratorGrant g WHERE g.account.number = :number")
public class AdministratorGrant {

    /** 1 when the account with a given number holds a grant, else 0. */
    public static final String COUNT_OF_ACCOUNT = "AdministratorGrant.countOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "administrator_grant_seq")
    @SequenceGenerator(name = "administrator_grant_seq", sequenceName = "administrator_grant_seq", allocationSize = 1)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true, updatable = false)
    private RegistryAccount account;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    /** The administrator who granted the role. */
    @Column(name = "granted_by", nullable = false, length = 10, updatable = false)
    private NationalRegistryNumber grantedBy;

    protected AdministratorGrant() {
        // for JPA
    }

    /** {@code grantedBy} grants the administrator role to {@code account}. */
    public AdministratorGrant(RegistryAccount account, NationalRegistryNumber grantedBy, Instant grantedAt) {
        this.account = Objects.requireNonNull(account, "account");
        this.grantedBy = Objects.requireNonNull(grantedBy, "grantedBy");
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
    }

    public Long id() {
        return id;
    }

    public RegistryAccount account() {
        return account;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public NationalRegistryNumber grantedBy() {
        return grantedBy;
    }
}
