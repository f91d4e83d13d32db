package gov.dot.fmcsa.nationalregistry.it.outbox;

import static gov.dot.fmcsa.nationalregistry.it.support.LegacyFile.examiner;
import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.TestMailServer;
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
 * server was down) is delivered, once, after the application is deployed again. Numbers 84xxxxxxxx.
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
        deployer.deploy(DEPLOYMENT);
        TestMailServer.stop();
        try {
            ImportInbox.importFile("outbox-restart-" + System.nanoTime(), LegacyFile.withHeader()
                    .line(examiner("8400000001", "restart.8401@example.com", "MD|MA|R-8401|2030-01-01")));
            assertThat(new TransferFormClient().submitExaminer("8400000001", "R-8401", "MA").statusCode())
                    .isEqualTo(302);
            // Processed within a second or two; its first delivery attempt fails: no mail server.
            Await.pause(Duration.ofSeconds(4));
            deployer.undeploy(DEPLOYMENT);
        } finally {
            TestMailServer.start();
        }
        assertThat(TestMailServer.messagesTo("restart.8401@example.com")).isEmpty();

        deployer.deploy(DEPLOYMENT);
        try {
            List<MimeMessage> received = TestMailServer.awaitMessagesTo("restart.8401@example.com", 1,
                    Duration.ofSeconds(30));
            Await.pause(Duration.ofSeconds(3));

            assertThat(TestMailServer.messagesTo("restart.8401@example.com")).hasSize(1);
            assertThat(received.get(0).getSubject()).contains("migrated");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
