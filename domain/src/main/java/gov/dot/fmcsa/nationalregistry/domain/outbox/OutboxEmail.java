package gov.dot.fmcsa.nationalregistry.domain.outbox;

import gov.dot.fmcsa.nationalregistry.domain.account.EmailAddress;
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
public class OutboxEmail {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_email_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "message_id", nullable = false, unique = true, length = 200, updatable = false)
    private String messageId;

    /** What the email is about, e.g. {@code TRANSFER_MIGRATED}; for the console and the audit log. */
    @Column(name = "kind", nullable = false, length = 60, updatable = false)
    private String kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "address", column = @Column(name = "recipient", nullable = false, length = EmailAddress.MAX_LENGTH)),
        @AttributeOverride(name = "canonical", column = @Column(name = "recipient_canonical", nullable = false, length = EmailAddress.MAX_LENGTH))
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

    /** A pending email, due at once. */
    public OutboxEmail(String messageId, String kind, EmailAddress recipient, String subject,
                       String textBody, String htmlBody, Instant createdAt) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.textBody = Objects.requireNonNull(textBody, "textBody");
        this.htmlBody = Objects.requireNonNull(htmlBody, "htmlBody");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String kind() {
        return kind;
    }

    public EmailAddress recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
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
