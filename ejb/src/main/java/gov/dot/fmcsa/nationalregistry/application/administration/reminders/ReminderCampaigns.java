package gov.dot.fmcsa.nationalregistry.application.administration.reminders;

import gov.dot.fmcsa.nationalregistry.application.administration.ActingAdministrator;
import gov.dot.fmcsa.nationalregistry.application.audit.AuditLog;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.reminder.ReminderCampaign;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Reminder campaigns: an administrator has every LEGACY account of a type (not locked)
 * emailed a reminder to transfer. Starting one only writes the campaign; {@link RunningCampaigns}
 * queues the reminders in batches through the outbox.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class ReminderCampaigns {

    private static final int SHOWN = 20;

    @Resource
    private SessionContext caller;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private ReminderBatches batches;

    @Inject
    private AuditLog audit;

    /**
     * Starts reminding every LEGACY account of {@code type} that is not locked, and audits it with the reason.
     *
     * @return the campaign as it starts
     * @throws CampaignRunningException when a campaign for the type is still running (nothing starts)
     * @throws IllegalArgumentException for {@link AccountType#ADMINISTRATOR}
     */
    public CampaignProgress start(AccountType type, Reason reason) {
        boolean running = em.createNamedQuery(ReminderCampaign.RUNNING, ReminderCampaign.class).getResultStream()
                .anyMatch(campaign -> campaign.accountType() == type);
        if (running) {
            throw new CampaignRunningException(type);
        }
        NationalRegistryNumber administrator = ActingAdministrator.of(caller);
        ReminderCampaign campaign = new ReminderCampaign(type, batches.remaining(type, 0), administrator,
                Instant.now());
        em.persist(campaign);
        // Now, not at commit: two starts at the same moment meet the unique running type here.
        em.flush();
        audit.recordAdministration(administrator, AuditAction.REMINDER_CAMPAIGN_STARTED, null,
                "campaign " + campaign.id() + " to " + campaign.total() + " LEGACY " + type + " accounts", reason);
        return CampaignProgress.of(campaign);
    }

    /** The latest campaigns, newest first, running or finished. */
    public List<CampaignProgress> campaigns() {
        return em.createNamedQuery(ReminderCampaign.RECENT, ReminderCampaign.class).setMaxResults(SHOWN)
                .getResultStream().map(CampaignProgress::of).toList();
    }
}
