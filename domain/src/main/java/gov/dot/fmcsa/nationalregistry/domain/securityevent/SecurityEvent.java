package gov.dot.fmcsa.nationalregistry.domain.securityevent;

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
import java.util.Optional;

/**
 * A security event login.gov pushed, its token already checked: stored when it arrives and acted on
 * later by the queue, in the order login.gov issued them (ids come in blocks per node, so they do
 * not say which came first), so that the push is answered at once. Its {@code jti} is unique in the
 * table, so an event pushed twice, to one node or to two, is stored once; its version makes two
 * overlapping runs of the queue act on it once.
 */
@Entity
@Table(name = "security_event")
@NamedQuery(name = SecurityEvent.PENDING,
        query = "SELECT e.id FROM SecurityEvent e WHERE e.processedAt IS NULL ORDER BY e.issuedAt, e.id")
@NamedQuery(name = SecurityEvent.COUNT_WITH_JTI,
        query = "SELECT COUNT(e) FROM SecurityEvent e WHERE e.jti = :jti")
public class SecurityEvent {

    public static final String PENDING = "SecurityEvent.pending";
    public static final String COUNT_WITH_JTI = "SecurityEvent.countWithJti";

    public static final int MAX_JTI_LENGTH = 255;
    public static final int MAX_URI_LENGTH = 500;
    public static final int MAX_TEXT_LENGTH = 320;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 20)
    private Long id;

    @Version
    private long version;

    @Column(name = "jti", nullable = false, unique = true, length = MAX_JTI_LENGTH, updatable = false)
    private String jti;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40, updatable = false)
    private SecurityEventType type;

    @Column(name = "event_type_uri", nullable = false, length = MAX_URI_LENGTH, updatable = false)
    private String typeUri;

    /** The login.gov {@code sub} the event is about; none for the events about an email. */
    @Column(name = "subject", length = MAX_TEXT_LENGTH, updatable = false)
    private String subject;

    /** The email address the event is about, for the events about an email. */
    @Column(name = "subject_email", length = MAX_TEXT_LENGTH, updatable = false)
    private String email;

    /** Why, when login.gov says (account-disabled). */
    @Column(name = "reason", length = MAX_TEXT_LENGTH, updatable = false)
    private String reason;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    /** What acting on it did, in a line. */
    @Column(name = "outcome", length = MAX_TEXT_LENGTH)
    private String outcome;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    protected SecurityEvent() {
        // for JPA
    }

    /** An event as its checked token tells it; {@code subject}, {@code email} and {@code reason} may be null. */
    public SecurityEvent(String jti, String typeUri, String subject, String email, String reason, Instant issuedAt,
                         Instant receivedAt) {
        this.jti = requireText(jti, MAX_JTI_LENGTH, "jti");
        this.typeUri = requireText(typeUri, MAX_URI_LENGTH, "event type");
        this.type = SecurityEventType.ofUri(typeUri);
        this.subject = optionalText(subject, "subject");
        this.email = optionalText(email, "email");
        this.reason = optionalText(reason, "reason");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    private static String requireText(String text, int maxLength, String what) {
        if (text == null || text.isBlank() || text.length() > maxLength) {
            throw new IllegalArgumentException("a security event's " + what + " has 1 to " + maxLength + " characters");
        }
        return text;
    }

    private static String optionalText(String text, String what) {
        return text == null ? null : requireText(text, MAX_TEXT_LENGTH, what);
    }

    /** Acting on the event is done; {@code outcome} says what it did. */
    public void processed(Instant at, String outcome) {
        if (processedAt != null) {
            throw new IllegalStateException("security event " + jti + " was already processed");
        }
        this.processedAt = Objects.requireNonNull(at, "at");
        this.outcome = outcome.length() > MAX_TEXT_LENGTH ? outcome.substring(0, MAX_TEXT_LENGTH) : outcome;
    }

    /** One more attempt to act on it failed: the count so far. */
    public int attemptFailed() {
        if (processedAt != null) {
            throw new IllegalStateException("security event " + jti + " was already processed");
        }
        return ++failedAttempts;
    }

    public Long id() {
        return id;
    }

    public String jti() {
        return jti;
    }

    public SecurityEventType type() {
        return type;
    }

    public String typeUri() {
        return typeUri;
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<Instant> processedAt() {
        return Optional.ofNullable(processedAt);
    }

    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    public int failedAttempts() {
        return failedAttempts;
    }
}
