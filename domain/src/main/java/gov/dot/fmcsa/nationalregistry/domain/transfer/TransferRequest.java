package gov.dot.fmcsa.nationalregistry.domain.transfer;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A transfer request as it was received. The form only stores it, whatever it asks for, so that
 * the answer takes the same time and says the same thing for every request; the matching, the
 * state change and the email happen afterwards, when the request is processed.
 */
@Entity
@Table(name = "transfer_request")
@NamedQuery(name = TransferRequest.PENDING,
        query = "SELECT t.id FROM TransferRequest t WHERE t.processedAt IS NULL ORDER BY t.id")
@NamedQuery(name = TransferRequest.COUNT_PENDING,
        query = "SELECT COUNT(t) FROM TransferRequest t WHERE t.processedAt IS NULL")
@NamedQuery(name = TransferRequest.EARLIER_FOR_NUMBER,
        query = "SELECT t.id FROM TransferRequest t"
                + " WHERE t.number = :number AND t.receivedAt > :since AND t.id < :id AND t.outcome NOT IN :unmatched")
@NamedQuery(name = TransferRequest.EARLIER_FROM_SOURCE,
        query = "SELECT t.id FROM TransferRequest t"
                + " WHERE t.source = :source AND t.receivedAt > :since AND t.id < :id")
public class TransferRequest {

    public static final String PENDING = "TransferRequest.pending";
    public static final String COUNT_PENDING = "TransferRequest.countPending";
    public static final String EARLIER_FOR_NUMBER = "TransferRequest.earlierForNumber";
    public static final String EARLIER_FROM_SOURCE = "TransferRequest.earlierFromSource";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_request_seq", allocationSize = 100)
    private Long id;

    @Version
    private long version;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 32, updatable = false)
    private AccountType type;

    @Column(name = "registry_number", nullable = false, length = 10, updatable = false)
    private NationalRegistryNumber number;

    @Column(name = "license_number", length = LicenseNumber.MAX_LENGTH, updatable = false)
    private LicenseNumber license;

    @Enumerated(EnumType.STRING)
    @Column(name = "license_state", length = 2, updatable = false)
    private State licenseState;

    /** The client address, hashed: enough to rate-limit and correlate, not to identify. */
    @Column(name = "source", nullable = false, length = 64, updatable = false)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 32)
    private TransferOutcome outcome;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    protected TransferRequest() {
        // for JPA
    }

    /** A request received at {@code receivedAt} from the (hashed) client address {@code source}. */
    public TransferRequest(TransferApplication application, String source, Instant receivedAt) {
        this.type = application.type();
        this.number = application.number();
        this.license = application.license();
        this.licenseState = application.licenseState();
        this.source = Objects.requireNonNull(source, "source");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Records what processing the request did; a request is processed once. */
    public void processed(TransferOutcome result, Instant at) {
        if (processedAt != null) {
            throw new IllegalStateException("transfer request " + id + " was already processed");
        }
        this.outcome = Objects.requireNonNull(result, "result");
        this.processedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Counts an attempt at processing the request that failed; the request stays pending.
     *
     * @return the failed attempts so far, this one included
     */
    public int attemptFailed() {
        if (processedAt != null) {
            throw new IllegalStateException("transfer request " + id + " was already processed");
        }
        return ++failedAttempts;
    }

    /** What was asked, as it was given on the form. */
    public TransferApplication application() {
        return new TransferApplication(type, number, license, licenseState);
    }

    public Long id() {
        return id;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public NationalRegistryNumber number() {
        return number;
    }

    public String source() {
        return source;
    }

    public TransferOutcome outcome() {
        return outcome;
    }

    public Instant processedAt() {
        return processedAt;
    }

    public int failedAttempts() {
        return failedAttempts;
    }
}
