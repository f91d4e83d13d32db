package gov.dot.fmcsa.nationalregistry.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReminderCampaignTest {

    private static final Instant NOW = Instant.parse("2026-12-01T04:00:00Z");
    private static final NationalRegistryNumber ADMINISTRATOR = new NationalRegistryNumber("9000000001");

    @Test
    void batchesAddUpUntilTheCampaignFinishes() {
        ReminderCampaign campaign = new ReminderCampaign(AccountType.THIRD_PARTY, 5, ADMINISTRATOR, NOW);

        campaign.batchQueued(2, 700);
        campaign.batchQueued(2, 900);
        campaign.finish(NOW.plusSeconds(3));

        assertThat(campaign.queued()).isEqualTo(4);
        assertThat(campaign.batches()).isEqualTo(2);
        assertThat(campaign.lastAccountId()).isEqualTo(900);
        assertThat(campaign.running()).isFalse();
        assertThat(campaign.finishedAt()).isEqualTo(NOW.plusSeconds(3));
    }

    @Test
    void aFinishedCampaignQueuesNothingMore() {
        ReminderCampaign campaign = new ReminderCampaign(AccountType.MEDICAL_EXAMINER, 0, ADMINISTRATOR, NOW);
        campaign.finish(NOW);

        assertThatThrownBy(() -> campaign.batchQueued(1, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> campaign.finish(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void administratorsAreNeverReminded() {
        assertThatThrownBy(() -> new ReminderCampaign(AccountType.ADMINISTRATOR, 1, ADMINISTRATOR, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
