package gov.dot.fmcsa.nationalregistry.domain.outbox;

import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.persistence.Versioned;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An email waiting in the durable outbox. It is written in the same transaction as the state
 * change it reports, so that both happen or neither; a sender delivers it afterwards. The
 * Message-ID is fixed when the row is written, so a repeated delivery is recognisably the same
 * message.
 */
@Entity
@Table(name = "outbox_email")
@NamedQuery(name = OutboxEmail.DUE,
        query = "SELECT e.id FROM OutboxEmail e"
                + " WHERE e.status = gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus.PENDING"
                + " AND e.nextAttemptAt <= :now ORDER BY e.nextAttemptAt, e.id")
@NamedQuery(name = OutboxEmail.PURGE_BODIES_QUEUED_BEFORE,
        query = "UPDATE OutboxEmail e SET e.textBody = '', e.htmlBody = '', e.sealedLinkSecret = NULL,"
                + " e.bodyPurgedAt = :now"
                + " WHERE e.status <> gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus.PENDING"
                + " AND e.bodyPurgedAt IS NULL AND e.createdAt < :before")
@NamedQuery(name = OutboxEmail.QUEUED_FOR_ACCOUNT_SINCE,
        query = "SELECT COUNT(e) FROM OutboxEmail e WHERE e.accountNumber = :number AND e.kind = :kind"
                + " AND e.createdAt > :since")
public class OutboxEmail implements Versioned {

    public static final String DUE = "OutboxEmail.due";
    public static final String PURGE_BODIES_QUEUED_BEFORE = "OutboxEmail.purgeBodiesQueuedBefore";
    public static final String QUEUED_FOR_ACCOUNT_SINCE = "OutboxEmail.queuedForAccountSince";
    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_email_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "message_id", nullable = false, unique = true, length = 200, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 60, updatable = false)
    private EmailKind kind;

    /** The account the email is about, if any: the console lists an account's emails by it. */
    @Column(name = "account_number", length = 10, updatable = false)
    private NationalRegistryNumber accountNumber;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "address",
                column = @Column(name = "recipient", nullable = false, length = EmailAddress.MAX_LENGTH)),
        @AttributeOverride(name = "canonical",
                column = @Column(name = "recipient_canonical", nullable = false, length = EmailAddress.MAX_LENGTH))
    })
    private EmailAddress recipient;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Lob
    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Lob
    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    /**
     * The link secret that goes in the body at delivery, encrypted with a server key; null when the
     * email carries none, and once the email is sent or its body purged: then nothing can open the
     * link from the database, not even with the key.
     */
    @Column(name = "sealed_link_secret", length = 200)
    private String sealedLinkSecret;

    /** When the bodies were removed after the retention period; the row's metadata stays. */
    @Column(name = "body_purged_at")
    private Instant bodyPurgedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OutboxStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxEmail() {
        // for JPA
    }

    /** A pending email about the account {@code accountNumber} (null if none), due at once. */
    public OutboxEmail(String messageId, EmailKind kind, NationalRegistryNumber accountNumber, EmailAddress recipient,
                       EmailContent content, Instant createdAt) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.accountNumber = accountNumber;
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = content.subject();
        this.textBody = content.textBody();
        this.htmlBody = content.htmlBody();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = createdAt;
    }

    /**
     * A pending email whose body has {@link EmailContent#LINK_SECRET} where the secret {@code sealedLinkSecret}
     * (encrypted by the caller) goes at delivery.
     */
    public static OutboxEmail withSealedLinkSecret(String messageId, EmailKind kind,
                                                   NationalRegistryNumber accountNumber, EmailAddress recipient,
                                                   EmailContent content, String sealedLinkSecret, Instant createdAt) {
        if (!content.carriesLinkSecret()) {
            throw new IllegalArgumentException("the body of " + kind + " has no place for its link secret");
        }
        OutboxEmail email = new OutboxEmail(messageId, kind, accountNumber, recipient, content, createdAt);
        email.sealedLinkSecret = Objects.requireNonNull(sealedLinkSecret, "sealedLinkSecret");
        return email;
    }

    /** The mail server accepted the email: its link secret is no longer kept. */
    public void markSent(Instant at) {
        requirePending();
        this.attempts++;
        this.sealedLinkSecret = null;
        this.status = OutboxStatus.SENT;
        this.sentAt = Objects.requireNonNull(at, "at");
        this.nextAttemptAt = null;
    }

    /**
     * A delivery attempt failed: the email waits for its next attempt as {@code schedule} says, or,
     * after the last one, is {@link OutboxStatus#FAILED}.
     */
    public void attemptFailed(String error, Instant at, RetrySchedule schedule) {
        requirePending();
        this.attempts++;
        this.lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error
                : error.substring(0, MAX_ERROR_LENGTH);
        schedule.nextAttempt(attempts, at).ifPresentOrElse(next -> this.nextAttemptAt = next, () -> {
            this.status = OutboxStatus.FAILED;
            this.nextAttemptAt = null;
        });
    }

    /**
     * An administrator sends a {@link OutboxStatus#FAILED} email again: it is pending and due at
     * {@code at}, with its attempts counted afresh, so that it gets the whole retry schedule.
     * The last error stays until the next attempt replaces it.
     *
     * @throws IllegalStateException when the email is not failed, or its body was purged; nothing changes
     */
    public void retry(Instant at) {
        if (!canBeSentAgain()) {
            throw new IllegalStateException("outbox email " + messageId + " is " + status
                    + (bodyPurgedAt == null ? "" : " and has no body any more") + "; only a FAILED one is sent again");
        }
        this.status = OutboxStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = Objects.requireNonNull(at, "at");
    }

    /** True when an administrator can send the email again: it failed, and its body is still here. */
    public boolean canBeSentAgain() {
        return status == OutboxStatus.FAILED && bodyPurgedAt == null;
    }

    private void requirePending() {
        if (status != OutboxStatus.PENDING) {
            throw new IllegalStateException("outbox email " + messageId + " is " + status + ", not PENDING");
        }
    }

    public Long id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public String messageId() {
        return messageId;
    }

    public NationalRegistryNumber accountNumber() {
        return accountNumber;
    }

    public EmailKind kind() {
        return kind;
    }

    public EmailAddress recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    /**
     * What the email says, with {@link EmailContent#LINK_SECRET} where a link secret goes; empty
     * bodies once purged.
     */
    public EmailContent content() {
        return new EmailContent(subject, textBody, htmlBody);
    }

    /** The encrypted link secret of a pending link email, else null. */
    public String sealedLinkSecret() {
        return sealedLinkSecret;
    }

    public Instant bodyPurgedAt() {
        return bodyPurgedAt;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
