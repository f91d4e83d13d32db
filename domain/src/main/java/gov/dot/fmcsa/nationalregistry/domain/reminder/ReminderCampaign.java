package gov.dot.fmcsa.nationalregistry.domain.reminder;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
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
 * An administrator's campaign reminding every {@code LEGACY} account of one type to transfer. The
 * reminders are queued batch after batch, in the order of the accounts' ids; the campaign remembers
 * the last account reached, so that it goes on after a restart. While it runs, {@code running_type}
 * holds its type, which the database keeps unique: one running campaign per type, even when two
 * administrators start one at the same moment.
 */
@Entity
@Table(name = "reminder_campaign")
@NamedQuery(name = ReminderCampaign.RUNNING,
        query = "SELECT c FROM ReminderCampaign c WHERE c.runningType IS NOT NULL ORDER BY c.id")
@NamedQuery(name = ReminderCampaign.RECENT, query = "SELECT c FROM ReminderCampaign c ORDER BY c.id DESC")
public class ReminderCampaign {

    /** The campaigns still queueing reminders, oldest first. */
    public static final String RUNNING = "ReminderCampaign.running";
    /** Every campaign, newest first. */
    public static final String RECENT = "ReminderCampaign.recent";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_campaign_seq")
    @SequenceGenerator(name = "reminder_campaign_seq", sequenceName = "reminder_campaign_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 32, updatable = false)
    private AccountType accountType;

    @Enumerated(EnumType.STRING)
    @Column(name = "running_type", length = 32, unique = true)
    private AccountType runningType;

    /** The LEGACY accounts of the type when the campaign started. */
    @Column(name = "total", nullable = false, updatable = false)
    private long total;

    @Column(name = "queued", nullable = false)
    private long queued;

    @Column(name = "batches", nullable = false)
    private int batches;

    /** The id of the last account the campaign reached: the next batch starts after it. */
    @Column(name = "last_account_id", nullable = false)
    private long lastAccountId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 10, updatable = false)
    private NationalRegistryNumber startedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ReminderCampaign() {
        // for JPA
    }

    /**
     * {@code startedBy} starts reminding the {@code total} LEGACY accounts of {@code type}.
     *
     * @throws IllegalArgumentException for administrators, who have no transfer to be reminded of
     */
    public ReminderCampaign(AccountType type, long total, NationalRegistryNumber startedBy, Instant startedAt) {
        if (!type.isTransferable()) {
            throw new IllegalArgumentException("administrators do not transfer");
        }
        this.accountType = type;
        this.runningType = type;
        this.total = total;
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    /** A batch queued {@code count} reminders and reached the account {@code lastAccountId}. */
    public void batchQueued(int count, long reachedAccountId) {
        requireRunning();
        this.queued += count;
        this.batches++;
        this.lastAccountId = reachedAccountId;
    }

    /** Every LEGACY account was reached: the type is free for another campaign. */
    public void finish(Instant at) {
        requireRunning();
        this.runningType = null;
        this.finishedAt = Objects.requireNonNull(at, "at");
    }

    public boolean running() {
        return runningType != null;
    }

    private void requireRunning() {
        if (!running()) {
            throw new IllegalStateException("reminder campaign " + id + " has finished");
        }
    }

    public Long id() {
        return id;
    }

    public AccountType accountType() {
        return accountType;
    }

    public long total() {
        return total;
    }

    public long queued() {
        return queued;
    }

    public int batches() {
        return batches;
    }

    public long lastAccountId() {
        return lastAccountId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public NationalRegistryNumber startedBy() {
        return startedBy;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
