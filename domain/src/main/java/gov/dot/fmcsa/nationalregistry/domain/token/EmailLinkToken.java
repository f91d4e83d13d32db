package gov.dot.fmcsa.nationalregistry.domain.token;

import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
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
@NamedQuery(name = EmailLinkToken.BY_HASH,
        query = "SELECT t FROM EmailLinkToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(name = EmailLinkToken.OPEN_OF_ACCOUNT,
        query = "SELECT t FROM EmailLinkToken t WHERE t.account = :account AND t.purpose = :purpose"
                + " AND t.usedAt IS NULL AND t.replacedAt IS NULL")
@NamedQuery(name = EmailLinkToken.ISSUED_SINCE,
        query = "SELECT t.id FROM EmailLinkToken t WHERE t.account = :account AND t.purpose = :purpose"
                + " AND t.createdAt > :since")
public class EmailLinkToken {

    public static final String BY_HASH = "EmailLinkToken.byHash";
    public static final String OPEN_OF_ACCOUNT = "EmailLinkToken.openOfAccount";
    public static final String ISSUED_SINCE = "EmailLinkToken.issuedSince";

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

    /** When a newer link of the same account and purpose made this one void. */
    @Column(name = "replaced_at")
    private Instant replacedAt;

    /** For {@link TokenPurpose#CONFIRM_NEW_EMAIL}: the address being confirmed. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "address",
                column = @Column(name = "pending_email", length = EmailAddress.MAX_LENGTH)),
        @AttributeOverride(name = "canonical",
                column = @Column(name = "pending_email_canonical", length = EmailAddress.MAX_LENGTH))
    })
    private EmailAddress pendingEmail;

    protected EmailLinkToken() {
        // for JPA
    }

    /** A fresh, unused token whose hash is {@code tokenHash}. */
    public EmailLinkToken(String tokenHash, RegistryAccount account, TokenPurpose purpose,
                          Instant createdAt, Instant expiresAt) {
        this(tokenHash, account, purpose, null, createdAt, expiresAt);
    }

    /** A fresh token that confirms {@code pendingEmail} for the account. */
    public static EmailLinkToken confirming(EmailAddress pendingEmail, String tokenHash, RegistryAccount account,
                                            Instant createdAt, Instant expiresAt) {
        return new EmailLinkToken(tokenHash, account, TokenPurpose.CONFIRM_NEW_EMAIL,
                Objects.requireNonNull(pendingEmail, "pendingEmail"), createdAt, expiresAt);
    }

    private EmailLinkToken(String tokenHash, RegistryAccount account, TokenPurpose purpose, EmailAddress pendingEmail,
                           Instant createdAt, Instant expiresAt) {
        this.pendingEmail = pendingEmail;
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether the token can still be used at {@code now}. */
    public TokenState stateAt(Instant now) {
        if (usedAt != null) {
            return TokenState.USED;
        }
        if (replacedAt != null) {
            return TokenState.REPLACED;
        }
        return now.isBefore(expiresAt) ? TokenState.USABLE : TokenState.EXPIRED;
    }

    /** Uses the token up; it cannot be used again. */
    public void use(Instant at) {
        TokenState state = stateAt(at);
        if (state != TokenState.USABLE) {
            throw new IllegalStateException("token " + id + " cannot be used: " + state);
        }
        this.usedAt = at;
    }

    /** A newer link of the same account and purpose was issued: this one no longer works. */
    public void replace(Instant at) {
        if (stateAt(at) == TokenState.USABLE) {
            this.replacedAt = at;
        }
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

    public EmailAddress pendingEmail() {
        return pendingEmail;
    }
}
