package gov.dot.fmcsa.nationalregistry.it.outbox;

import static gov.dot.fmcsa.nationalregistry.it.support.LegacyFile.examiner;
import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.TestMailServer;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import gov.dot.fmcsa.nationalregistry.it.support.TransferFormClient;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing queued is lost when the application goes away: an email that could not be sent (the mail
 * server was down) is delivered, once, after the application is deployed again. Numbers come from
 * {@link TestNumbers} with prefix 84.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxRestartIT {

    private static final String DEPLOYMENT = "registry";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.realEar();
    }

    @Test
    void anEmailPendingWhenTheApplicationStopsIsDeliveredOnceAfterItStartsAgain() throws Exception {
        String number = TestNumbers.next("84");
        String email = TestNumbers.email("restart", number);
        String license = "R-" + number;
        deployer.deploy(DEPLOYMENT);
        TestMailServer.stop();
        try {
            ImportInbox.importFile("outbox-restart-" + System.nanoTime(), LegacyFile.withHeader()
                    .line(examiner(number, email, "MD|MA|" + license + "|2030-01-01")));
            assertThat(new TransferFormClient().submitExaminer(number, license, "MA").statusCode())
                    .isEqualTo(302);
            // Processed within a second or two; its first delivery attempt fails: no mail server.
            Await.pause(Duration.ofSeconds(4));
            deployer.undeploy(DEPLOYMENT);
        } finally {
            TestMailServer.start();
        }
        assertThat(TestMailServer.messagesTo(email)).isEmpty();

        deployer.deploy(DEPLOYMENT);
        try {
            List<MimeMessage> received = TestMailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(30));
            Await.pause(Duration.ofSeconds(3));

            assertThat(TestMailServer.messagesTo(email)).hasSize(1);
            assertThat(received.get(0).getSubject()).contains("migrated");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
