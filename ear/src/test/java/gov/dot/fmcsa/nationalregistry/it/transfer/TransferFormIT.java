package gov.dot.fmcsa.nationalregistry.it.transfer;

import static gov.dot.fmcsa.nationalregistry.it.support.LegacyFile.examiner;
import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.TestMailServer;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import gov.dot.fmcsa.nationalregistry.it.support.TransferFormClient;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The transfer form over plain HTTP, as a browser without JavaScript or a script would send it:
 * what a second submit, a closed account type and a view state that cannot be restored get.
 * Numbers come from {@link TestNumbers} with prefix 87.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransferFormIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RegistryDeployment.realEar();
    }

    @Test
    void theSameFormSentTwiceGetsTheSameAnswerAndOneEmail() throws Exception {
        String number = TestNumbers.next("87");
        String email = TestNumbers.email("twice", number);
        String license = "T-" + number;
        ImportInbox.importFile("double-submit-" + System.nanoTime(), LegacyFile.withHeader()
                .line(examiner(number, email, "MD|MA|" + license + "|2030-01-01")));
        TransferFormClient client = new TransferFormClient();
        String viewState = client.openForm();
        Map<String, String> fields = TransferFormClient.examinerFields(number, license, "MA");

        HttpResponse<String> first = client.post(viewState, fields);
        HttpResponse<String> second = client.post(viewState, fields);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(TestMailServer.awaitMessagesTo(email, 1, Duration.ofSeconds(20))).hasSize(1);
        Await.pause(Duration.ofSeconds(3));
        assertThat(TestMailServer.messagesTo(email)).hasSize(1);
    }

    @Test
    void aFormSentWithoutItsFieldsGetsMessagesNotAnError() throws Exception {
        TransferFormClient client = new TransferFormClient();

        HttpResponse<String> noNumber = client.post(client.openForm(), Map.of("transfer:type", "MEDICAL_EXAMINER",
                "transfer:license", "MD-1", "transfer:licenseState", "MA"));
        HttpResponse<String> typeAlone = client.post(client.openForm(), Map.of("transfer:type", "MEDICAL_EXAMINER"));

        assertThat(noNumber.statusCode()).isEqualTo(200);
        assertThat(noNumber.body()).contains("A National Registry number is required.");
        assertThat(typeAlone.statusCode()).isEqualTo(200);
        assertThat(typeAlone.body()).contains("Choose the State that issued the license.");
    }

    @ParameterizedTest
    @ValueSource(ints = {96, 12})
    void aFormWhoseViewStateCannotBeRestoredGoesToThePageExpiredPage(int bytes) throws Exception {
        // As a form sealed with a key since changed would be (decision 19), or one cut short on its way.
        String number = TestNumbers.next("87");
        byte[] notOurs = new byte[bytes];
        new SecureRandom().nextBytes(notOurs);
        TransferFormClient client = new TransferFormClient();

        HttpResponse<String> answer = client.post(Base64.getEncoder().encodeToString(notOurs),
                TransferFormClient.examinerFields(number, "T-" + number, "MA"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/session-expired.xhtml"));
        HttpResponse<String> expired = client.get("/session-expired.xhtml");
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(expired.body()).contains("This page expired", "Nothing has changed");
    }

    @Test
    void aClosedAccountTypeSentAnywayIsRefusedNextToTheTypeAndNothingIsSent() throws Exception {
        String number = TestNumbers.next("87");
        String email = TestNumbers.email("closed", number);
        ImportInbox.importFile("closed-type-" + System.nanoTime(), LegacyFile.withHeader()
                .line(number + ",THIRD_PARTY,Test,Third Party," + email + ",,,,,,,,,,,TP-" + number + ",Test Org,,"));
        TransferFormClient client = new TransferFormClient();

        HttpResponse<String> answer = client.post(client.openForm(),
                Map.of("transfer:type", "THIRD_PARTY", "transfer:number", number));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("Transfer for Third Party accounts: functionality will be available at a later date.");
        Await.pause(Duration.ofSeconds(3));
        assertThat(TestMailServer.messagesTo(email)).isEmpty();
    }
}
