package gov.dot.fmcsa.nationalregistry.domain.token;

import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use token behind an emailed link, bound to one account and one purpose, expiring. Only
 * a hash of the token is stored: a copy of the database does not let anyone follow the links.
 */
@Entity
@Table(name = "email_link_token")
public class EmailLinkToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "token_seq")
    @SequenceGenerator(name = "token_seq", sequenceName = "email_link_token_seq", allocationSize = 20)
    private Long id;

    @Version
    private long version;

    /** SHA-256 of the token, hex-encoded. */
    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private RegistryAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 40, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected EmailLinkToken() {
        // for JPA
    }

    /** A fresh, unused token whose hash is {@code tokenHash}. */
    public EmailLinkToken(String tokenHash, RegistryAccount account, TokenPurpose purpose,
                          Instant createdAt, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public String tokenHash() {
        return tokenHash;
    }

    public RegistryAccount account() {
        return account;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
