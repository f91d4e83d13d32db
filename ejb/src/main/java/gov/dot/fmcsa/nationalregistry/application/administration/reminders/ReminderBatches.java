package gov.dot.fmcsa.nationalregistry.application.administration.reminders;

import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.notification.RegistryEmails;
import gov.dot.fmcsa.nationalregistry.application.outbox.Outbox;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.RegistryAccount;
import gov.dot.fmcsa.nationalregistry.domain.audit.Actor;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.reminder.ReminderCampaign;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One batch of a reminder campaign, in a transaction of its own: the next
 * {@code registry.reminders.batch-size} (default 200) LEGACY accounts of the type after the last
 * one reached get their reminder queued, and the campaign's progress moves on, both or neither.
 * An account that stopped being LEGACY (or was locked) meanwhile is not found, so it is skipped.
 * Two nodes running the same batch would both change the campaign's row: its version lets one
 * commit and rolls the other back, reminders included. Called by {@link RunningCampaigns} only,
 * which has no caller, hence no role.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReminderBatches {

    private static final String REMAINING = " FROM RegistryAccount a WHERE a.type = :type"
            + " AND a.status = gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus.LEGACY"
            + " AND a.locked = FALSE AND a.id > :after";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private RegistryEmails emails;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "registry.reminders.batch-size", defaultValue = "200")
    private int batchSize;

    /** The ids of the campaigns still running, oldest first. */
    public List<Long> running() {
        return em.createNamedQuery(ReminderCampaign.RUNNING, ReminderCampaign.class).getResultStream()
                .map(ReminderCampaign::id).toList();
    }

    /** How many LEGACY accounts of {@code type}, not locked, come after the account id {@code after}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long remaining(AccountType type, long after) {
        return em.createQuery("SELECT COUNT(a)" + REMAINING, Long.class)
                .setParameter("type", type).setParameter("after", after).getSingleResult();
    }

    /** Queues the next batch of campaign {@code id}'s reminders; the last batch finishes it. */
    public void runBatch(long id) {
        ReminderCampaign campaign = em.find(ReminderCampaign.class, id);
        if (campaign == null || !campaign.running()) {
            return;
        }
        List<RegistryAccount> accounts = em.createQuery("SELECT a" + REMAINING + " ORDER BY a.id",
                        RegistryAccount.class)
                .setParameter("type", campaign.accountType())
                .setParameter("after", campaign.lastAccountId())
                .setMaxResults(batchSize)
                .getResultList();
        accounts.forEach(account -> outbox.queue(emails.transferReminder(account)));
        if (!accounts.isEmpty()) {
            campaign.batchQueued(accounts.size(), accounts.get(accounts.size() - 1).id());
        }
        if (accounts.size() < batchSize) {
            campaign.finish(Instant.now());
            audit.record(Actor.REMINDERS, AuditAction.REMINDER_CAMPAIGN_FINISHED, null,
                    "campaign " + id + " for " + campaign.accountType() + ": " + campaign.queued()
                            + " reminders queued of " + campaign.total() + " LEGACY accounts at its start");
        }
    }
}
