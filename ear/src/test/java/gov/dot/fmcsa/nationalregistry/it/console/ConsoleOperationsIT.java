package gov.dot.fmcsa.nationalregistry.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import gov.dot.fmcsa.nationalregistry.application.administration.dashboard.Dashboard;
import gov.dot.fmcsa.nationalregistry.application.administration.dashboard.DashboardFigures;
import gov.dot.fmcsa.nationalregistry.application.administration.dashboard.DayCount;
import gov.dot.fmcsa.nationalregistry.application.administration.dashboard.StateCount;
import gov.dot.fmcsa.nationalregistry.application.administration.outbox.EmailNotFailedException;
import gov.dot.fmcsa.nationalregistry.application.administration.outbox.OutboxConsole;
import gov.dot.fmcsa.nationalregistry.application.administration.outbox.OutboxEmailView;
import gov.dot.fmcsa.nationalregistry.application.administration.outbox.OutboxEntry;
import gov.dot.fmcsa.nationalregistry.application.administration.reminders.CampaignProgress;
import gov.dot.fmcsa.nationalregistry.application.administration.reminders.CampaignRunningException;
import gov.dot.fmcsa.nationalregistry.application.administration.reminders.ReminderCampaigns;
import gov.dot.fmcsa.nationalregistry.application.administration.settings.TransferSwitch;
import gov.dot.fmcsa.nationalregistry.application.administration.settings.TransferSwitches;
import gov.dot.fmcsa.nationalregistry.application.security.Roles;
import gov.dot.fmcsa.nationalregistry.application.transfer.TransferClosedException;
import gov.dot.fmcsa.nationalregistry.application.transfer.TransferDesk;
import gov.dot.fmcsa.nationalregistry.application.versioning.ChangedMeanwhileException;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountStatus;
import gov.dot.fmcsa.nationalregistry.domain.account.AccountType;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.administration.Reason;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditAction;
import gov.dot.fmcsa.nationalregistry.domain.audit.AuditEvent;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferApplication;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferOutcome;
import gov.dot.fmcsa.nationalregistry.it.support.AsAdministrator;
import gov.dot.fmcsa.nationalregistry.it.support.AsDesignatedAssistant;
import gov.dot.fmcsa.nationalregistry.it.support.AsExaminer;
import gov.dot.fmcsa.nationalregistry.it.support.AsThirdParty;
import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.Callers;
import gov.dot.fmcsa.nationalregistry.it.support.OperationsProbe;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.ServiceRoleTable;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's operations: the dashboard's figures, the transfer settings, the outbox
 * retry and the reminder campaigns, called as an administrator ({@link Callers}), with their
 * refusals and audit records; and every method refused to every other role. Numbers 50xxxxxxxx;
 * figures are counted relative to a baseline taken before.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleOperationsIT {

    private static final Reason REASON = Reason.of("Help desk ticket 50");

    @Inject
    private OperationsProbe probe;

    @Inject
    private RegistryProbe registry;

    @Inject
    private Dashboard dashboard;

    @Inject
    private TransferSwitches switches;

    @Inject
    private TransferDesk transferDesk;

    @Inject
    private OutboxConsole outbox;

    @Inject
    private ReminderCampaigns campaigns;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private AsExaminer asExaminer;

    @Inject
    private AsDesignatedAssistant asAssistant;

    @Inject
    private AsThirdParty asThirdParty;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(ConsoleOperationsIT.class, OperationsProbe.class,
                Await.class, Callers.class, AsAdministrator.class, AsExaminer.class, AsDesignatedAssistant.class,
                AsThirdParty.class, ServiceRoleTable.class);
    }

    @Test
    void theDashboardCountsWhatWasCreated() throws Exception {
        DashboardFigures before = asAdministrator.call(dashboard::figures);
        String wyoming = TestNumbers.next("50");
        String noAddress = TestNumbers.next("50");
        String migrated = TestNumbers.next("50");
        probe.createAccount(AccountType.MEDICAL_EXAMINER, wyoming, State.WY);
        probe.createAccount(AccountType.ADMINISTRATIVE_ASSISTANT, noAddress, null);
        probe.createAccount(AccountType.ADMINISTRATIVE_ASSISTANT, migrated, State.WY);
        registry.setStatus(migrated, AccountStatus.MIGRATED);
        probe.transferRequest(wyoming, TransferOutcome.MIGRATED);
        probe.transferRequest(noAddress, TransferOutcome.NO_MATCH);
        probe.linked(wyoming);
        probe.failedEmail(wyoming);

        DashboardFigures after = asAdministrator.call(dashboard::figures);

        assertThat(after.count(AccountType.MEDICAL_EXAMINER, AccountStatus.LEGACY)
                - before.count(AccountType.MEDICAL_EXAMINER, AccountStatus.LEGACY)).isEqualTo(1);
        assertThat(after.count(AccountType.ADMINISTRATIVE_ASSISTANT, AccountStatus.LEGACY)
                - before.count(AccountType.ADMINISTRATIVE_ASSISTANT, AccountStatus.LEGACY)).isEqualTo(1);
        assertThat(after.count(AccountType.ADMINISTRATIVE_ASSISTANT, AccountStatus.MIGRATED)
                - before.count(AccountType.ADMINISTRATIVE_ASSISTANT, AccountStatus.MIGRATED)).isEqualTo(1);
        assertThat(stateCount(after, State.WY) - stateCount(before, State.WY)).isEqualTo(2);
        assertThat(stateCount(after, null) - stateCount(before, null)).as("the 'none' bucket").isEqualTo(1);
        assertThat(after.days()).hasSize(Dashboard.DAYS);
        DayCount today = today(after);
        DayCount todayBefore = today(before);
        assertThat(today.transferRequests() - todayBefore.transferRequests()).isEqualTo(2);
        assertThat(today.migrations() - todayBefore.migrations()).isEqualTo(1);
        assertThat(today.links() - todayBefore.links()).isEqualTo(1);
        assertThat(after.outbox().failed() - before.outbox().failed()).isEqualTo(1);
    }

    @Test
    void anAdministratorOpensAndClosesTransferForAType() throws Exception {
        Instant start = Instant.now();
        TransferSwitch thirdParty = switchOf(AccountType.THIRD_PARTY);
        assertThat(asAdministrator.call(switches::switches)).extracting(TransferSwitch::type)
                .containsExactly(AccountType.MEDICAL_EXAMINER, AccountType.ADMINISTRATIVE_ASSISTANT,
                        AccountType.THIRD_PARTY);
        TransferApplication application = new TransferApplication(AccountType.THIRD_PARTY,
                NationalRegistryNumber.of(TestNumbers.next("50")), null, null);

        change(AccountType.THIRD_PARTY, true, thirdParty.version());
        transferDesk.submit(application, "192.0.2.50");
        TransferSwitch opened = switchOf(AccountType.THIRD_PARTY);
        assertThat(opened.open()).isTrue();
        assertThat(opened.version()).isGreaterThan(thirdParty.version());

        assertThatThrownBy(() -> change(AccountType.THIRD_PARTY, false, thirdParty.version()))
                .as("a change over another administrator's").isInstanceOf(ChangedMeanwhileException.class);
        assertThat(switchOf(AccountType.THIRD_PARTY)).isEqualTo(opened);

        change(AccountType.THIRD_PARTY, false, opened.version());
        assertThat(switchOf(AccountType.THIRD_PARTY).open()).isFalse();
        assertThatThrownBy(() -> transferDesk.submit(application, "192.0.2.50"))
                .isInstanceOf(TransferClosedException.class);
        assertThatThrownBy(() -> change(AccountType.ADMINISTRATOR, true, 0))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);

        assertThat(probe.audit(AuditAction.TRANSFER_SETTING_CHANGED, start))
                .extracting(event -> event.actor().name(), AuditEvent::detail)
                .containsExactly(
                        tuple(Callers.ADMINISTRATOR,
                                "transfer opened for THIRD_PARTY; reason: Help desk ticket 50"),
                        tuple(Callers.ADMINISTRATOR,
                                "transfer closed for THIRD_PARTY; reason: Help desk ticket 50"));
    }

    @Test
    void aFailedEmailIsRetriedOnceAndShownAsRendered() throws Exception {
        Instant start = Instant.now();
        String number = TestNumbers.next("50");
        long id = probe.failedEmail(number);
        OutboxEmailView failed = asAdministrator.call(() -> outbox.email(id)).orElseThrow();
        assertThat(failed.entry().status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.htmlBody()).contains("<script>");
        assertThat(failed.textBody()).isEqualTo("Text of " + number);
        List<OutboxEntry> failedPage = asAdministrator.call(() -> outbox.page(OutboxStatus.FAILED, 0, 5));
        assertThat(failedPage).as("newest first").first().extracting(OutboxEntry::id).isEqualTo(id);
        assertThat(failedPage).allMatch(entry -> entry.status() == OutboxStatus.FAILED);
        assertThat(asAdministrator.call(() -> outbox.count(OutboxStatus.FAILED))).isGreaterThanOrEqualTo(1);

        assertThatThrownBy(() -> retry(id, failed.version() - 1)).isInstanceOf(ChangedMeanwhileException.class);
        retry(id, failed.version());
        assertThatThrownBy(() -> retry(id, failed.version())).as("a double click")
                .isInstanceOf(EmailNotFailedException.class);

        OutboxEmailView retried = asAdministrator.call(() -> outbox.email(id)).orElseThrow();
        assertThat(retried.entry().status()).as("pending, or sent since").isNotEqualTo(OutboxStatus.FAILED);
        assertThat(retried.entry().attempts()).as("counted afresh").isLessThanOrEqualTo(1);
        assertThat(probe.audit(AuditAction.EMAIL_RETRIED, start)).singleElement().satisfies(event -> {
            assertThat(event.actor().name()).isEqualTo(Callers.ADMINISTRATOR);
            assertThat(event.subject().value()).isEqualTo(number);
            assertThat(event.detail()).endsWith("reason: Help desk ticket 50");
        });
    }

    /**
     * Batches of 3 (arquillian.xml): the campaign reaches this test's accounts, created last, in
     * later batches, so the account that transfers right after the start is skipped.
     */
    @Test
    void aReminderCampaignRemindsEveryLegacyAccountOfTheTypeOnceInBatches() throws Exception {
        Instant start = Instant.now();
        List<String> legacy = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            legacy.add(TestNumbers.next("50"));
            probe.createAccount(AccountType.THIRD_PARTY, legacy.get(i), State.VT);
        }
        String locked = account(AccountType.THIRD_PARTY);
        registry.lock(locked);
        String alreadyMigrated = account(AccountType.THIRD_PARTY);
        registry.setStatus(alreadyMigrated, AccountStatus.MIGRATED);
        String otherType = account(AccountType.ADMINISTRATIVE_ASSISTANT);
        String transfersMeanwhile = account(AccountType.THIRD_PARTY);
        long remindable = probe.remindable(AccountType.THIRD_PARTY);

        CampaignProgress started = asAdministrator.call(() -> campaigns.start(AccountType.THIRD_PARTY, REASON));
        registry.setStatus(transfersMeanwhile, AccountStatus.MIGRATED);
        assertThatThrownBy(() -> asAdministrator.call(() -> campaigns.start(AccountType.THIRD_PARTY, REASON)))
                .isInstanceOf(CampaignRunningException.class);

        assertThat(started.total()).isEqualTo(remindable);
        CampaignProgress finished = finishedCampaign(started.id(), Duration.ofSeconds(30 + remindable));
        assertThat(finished.queued()).isEqualTo(remindable - 1);
        assertThat(finished.batches()).as("throttled").isGreaterThanOrEqualTo(3)
                .isEqualTo((int) ((finished.queued() + 2) / 3));
        assertThat(legacy).allSatisfy(number -> assertThat(probe.remindersOf(number)).as(number).isEqualTo(1));
        assertThat(List.of(locked, alreadyMigrated, otherType, transfersMeanwhile))
                .allSatisfy(number -> assertThat(probe.remindersOf(number)).as(number).isZero());
        assertThat(probe.audit(AuditAction.REMINDER_CAMPAIGN_STARTED, start)).singleElement()
                .satisfies(event -> assertThat(event.detail()).contains(remindable + " LEGACY THIRD_PARTY")
                        .endsWith("reason: Help desk ticket 50"));
        assertThat(probe.audit(AuditAction.REMINDER_CAMPAIGN_FINISHED, start)).singleElement()
                .satisfies(event -> assertThat(event.detail()).contains((remindable - 1) + " reminders queued"));
    }

    /** Every console service method: answered for administrators, {@link EJBAccessException} for every other caller. */
    @Test
    void everyMethodIsForAdministratorsOnly() {
        Set<String> administrators = Set.of(Roles.ADMINISTRATOR);
        ServiceRoleTable table = new ServiceRoleTable(asExaminer, asAssistant, asThirdParty, asAdministrator)
                .row("Dashboard.figures", administrators, dashboard::figures)
                .row("TransferSwitches.switches", administrators, switches::switches)
                .row("TransferSwitches.change", administrators, () -> {
                    switches.change(AccountType.MEDICAL_EXAMINER, true, -1, REASON);
                })
                .row("OutboxConsole.count", administrators, () -> outbox.count(null))
                .row("OutboxConsole.page", administrators, () -> outbox.page(null, 0, 1))
                .row("OutboxConsole.email", administrators, () -> outbox.email(-1))
                .row("OutboxConsole.retry", administrators, () -> outbox.retry(-1, 0, REASON))
                .row("ReminderCampaigns.start", administrators,
                        () -> campaigns.start(AccountType.ADMINISTRATOR, REASON))
                .row("ReminderCampaigns.campaigns", administrators, campaigns::campaigns);

        assertThat(table.wrongCells()).isEmpty();
    }

    private String account(AccountType type) {
        String number = TestNumbers.next("50");
        probe.createAccount(type, number, State.VT);
        return number;
    }

    private CampaignProgress finishedCampaign(long id, Duration patience) throws Exception {
        Instant giveUp = Instant.now().plus(patience);
        CampaignProgress progress = progressOf(id);
        while (progress.running() && Instant.now().isBefore(giveUp)) {
            Await.pause(Duration.ofMillis(250));
            progress = progressOf(id);
        }
        assertThat(progress.running()).as("finished within " + patience).isFalse();
        return progress;
    }

    private CampaignProgress progressOf(long id) throws Exception {
        return asAdministrator.call(campaigns::campaigns).stream().filter(campaign -> campaign.id() == id)
                .findFirst().orElseThrow();
    }

    private TransferSwitch switchOf(AccountType type) throws Exception {
        return asAdministrator.call(switches::switches).stream().filter(s -> s.type() == type)
                .findFirst().orElseThrow();
    }

    private void change(AccountType type, boolean open, long version) throws Exception {
        asAdministrator.run(() -> switches.change(type, open, version, REASON));
    }

    private void retry(long id, long version) throws Exception {
        asAdministrator.run(() -> outbox.retry(id, version, REASON));
    }

    private static long stateCount(DashboardFigures figures, State state) {
        return figures.states().stream().filter(count -> count.state() == state).mapToLong(StateCount::count).sum();
    }

    private static DayCount today(DashboardFigures figures) {
        return figures.days().stream().filter(day -> day.day().equals(LocalDate.now())).findFirst().orElseThrow();
    }
}
