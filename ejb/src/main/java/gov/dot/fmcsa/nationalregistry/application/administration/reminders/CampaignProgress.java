package gov.dot.fmcsa.nationalregistry.application.administration.reminders;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.reminder.ReminderCampaign;
import java.io.Serializable;
import java.time.Instant;

/**
 * Where a reminder campaign stands: {@code queued} reminders so far of the {@code total} LEGACY
 * accounts there were at its start, in {@code batches}; {@code finishedAt} null while it runs.
 */
public record CampaignProgress(long id, AccountType type, long total, long queued, int batches, Instant startedAt,
                               String startedBy, Instant finishedAt) implements Serializable {

    static CampaignProgress of(ReminderCampaign campaign) {
        return new CampaignProgress(campaign.id(), campaign.accountType(), campaign.total(), campaign.queued(),
                campaign.batches(), campaign.startedAt(), campaign.startedBy().value(), campaign.finishedAt());
    }

    public boolean running() {
        return finishedAt == null;
    }
}
