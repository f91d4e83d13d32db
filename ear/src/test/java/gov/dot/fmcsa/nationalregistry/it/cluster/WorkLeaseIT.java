package gov.dot.fmcsa.nationalregistry.it.cluster;

import static gov.dot.fmcsa.nationalregistry.domain.account.AccountType.MEDICAL_EXAMINER;
import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.application.transfer.TransferDesk;
import gov.dot.fmcsa.nationalregistry.domain.account.LicenseNumber;
import gov.dot.fmcsa.nationalregistry.domain.account.NationalRegistryNumber;
import gov.dot.fmcsa.nationalregistry.domain.geography.State;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxEmail;
import gov.dot.fmcsa.nationalregistry.domain.outbox.OutboxStatus;
import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferApplication;
import gov.dot.fmcsa.nationalregistry.domain.transfer.TransferOutcome;
import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryProbe;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The background work runs on the node that holds its lease (WorkLease, decision 16): while
 * another, live node holds the transfer queue's or the outbox's lease, this server leaves that work
 * alone; once the other's lease runs out (it died), this server takes the work over and does what
 * was waiting, once. The other node is made up: its lease is written into the table. Numbers
 * 70xxxxxxxx.
 */
@ExtendWith(ArquillianExtension.class)
class WorkLeaseIT {

    private static final String ANOTHER_NODE = "another-node";

    @Inject
    private TransferDesk desk;

    @Inject
    private RegistryProbe probe;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(WorkLeaseIT.class, Await.class);
    }

    @AfterEach
    void leasesFreeAgain() {
        probe.execute("UPDATE work_lease SET expires_at = {ts '1970-01-01 00:00:00'}");
    }

    @Test
    void transferRequestsWaitWhileAnotherNodeHoldsTheQueueAndAreProcessedWhenThisOneTakesItOver() {
        String number = examiner();
        heldByAnotherLiveNode(ScheduledWork.TRANSFER_QUEUE);

        submitTransfer(number);
        Await.pause(Duration.ofSeconds(3));
        assertThat(probe.transferOutcomes(number)).as("still pending").containsExactly((TransferOutcome) null);

        anotherNodeDied(ScheduledWork.TRANSFER_QUEUE);
        assertThat(Await.until(() -> probe.transferOutcomes(number), outcomes -> !outcomes.contains(null)))
                .containsExactly(TransferOutcome.MIGRATED);
        assertThat(probe.leaseHolder(ScheduledWork.TRANSFER_QUEUE.name())).isEqualTo(thisNode());
    }

    @Test
    void emailsWaitWhileAnotherNodeHoldsTheOutboxAndAreSentOnceWhenThisOneTakesItOver() {
        String number = examiner();
        heldByAnotherLiveNode(ScheduledWork.OUTBOX);

        submitTransfer(number);
        Await.until(() -> probe.emailsAbout(number), emails -> emails.size() == 1);
        Await.pause(Duration.ofSeconds(3));
        assertThat(probe.emailsAbout(number)).extracting(OutboxEmail::status).containsExactly(OutboxStatus.PENDING);

        anotherNodeDied(ScheduledWork.OUTBOX);
        List<OutboxEmail> sent = Await.until(() -> probe.emailsAbout(number),
                emails -> emails.stream().allMatch(email -> email.status() == OutboxStatus.SENT));
        assertThat(sent).hasSize(1);
        assertThat(probe.leaseHolder(ScheduledWork.OUTBOX.name())).isEqualTo(thisNode());
    }

    private String examiner() {
        String number = TestNumbers.next("70");
        probe.createAccount(MEDICAL_EXAMINER, number, "lease." + number + "@example.com", null, "MD-" + number,
                State.VA);
        return number;
    }

    private void submitTransfer(String number) {
        desk.submit(TransferApplication.examiner(new NationalRegistryNumber(number), LicenseNumber.of("MD-" + number),
                State.VA), TestNumbers.nextClientAddress());
    }

    private void heldByAnotherLiveNode(ScheduledWork work) {
        probe.execute("UPDATE work_lease SET holder = '" + ANOTHER_NODE + "', expires_at = {ts '2999-01-01 00:00:00'}"
                + " WHERE work_name = '" + work.name() + "'");
    }

    private void anotherNodeDied(ScheduledWork work) {
        probe.execute("UPDATE work_lease SET expires_at = {ts '1970-01-01 00:00:00'}"
                + " WHERE work_name = '" + work.name() + "'");
    }

    private static String thisNode() {
        return System.getProperty("jboss.node.name");
    }
}
