package gov.dot.fmcsa.nationalregistry.domain.audit;

import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit log: who did what to which account, when and from where.
 * Every column is insert-only; the account is named by its number, not a foreign key, so the log
 * outlives any change to the accounts it mentions.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int MAX_DETAIL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_event_seq", allocationSize = 100)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** Who acted: {@link Actor#name()}. */
    @Column(name = "actor", nullable = false, length = 100, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 60, updatable = false)
    private AuditAction action;

    @Column(name = "subject_number", length = 10, updatable = false)
    private NationalRegistryNumber subject;

    @Column(name = "detail", length = MAX_DETAIL_LENGTH, updatable = false)
    private String detail;

    /** Where the request came from, hashed: enough to correlate, not to identify. */
    @Column(name = "source", length = 64, updatable = false)
    private String source;

    protected AuditEvent() {
        // for JPA
    }

    /** An event; {@code subject}, {@code detail} and {@code source} may be null. */
    public AuditEvent(Instant occurredAt, Actor actor, AuditAction action, NationalRegistryNumber subject,
                      String detail, String source) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = actor.name();
        this.action = Objects.requireNonNull(action, "action");
        this.subject = subject;
        this.detail = detail == null || detail.length() <= MAX_DETAIL_LENGTH ? detail
                : detail.substring(0, MAX_DETAIL_LENGTH - 1) + "…";
        this.source = source;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Actor actor() {
        return new Actor(actor);
    }

    public AuditAction action() {
        return action;
    }

    public NationalRegistryNumber subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    public String source() {
        return source;
    }
}
