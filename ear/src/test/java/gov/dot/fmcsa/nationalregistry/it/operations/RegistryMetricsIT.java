package gov.dot.fmcsa.nationalregistry.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.application.signin.LoginGovSignIn;
import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.ManagementInterface;
import gov.dot.fmcsa.nationalregistry.it.support.OperationsProbe;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import gov.dot.fmcsa.nationalregistry.it.support.TestNumbers;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The metrics an operator alerts on (RegistryMetrics), read as a Prometheus server reads them: the
 * micrometer subsystem's text at the management interface's {@code /metrics}, asked from inside the
 * test server.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryMetricsIT {

    @Inject
    private OperationsProbe probe;

    @Inject
    private LoginGovSignIn signIn;

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(RegistryMetricsIT.class, ManagementInterface.class, OperationsProbe.class,
                Await.class);
    }

    @Test
    void theQueuesFiguresArePublishedWithoutAuthenticationAsNumbers() {
        String metrics = metrics();

        assertThat(metrics).contains("# TYPE registry_outbox_pending gauge", "# TYPE registry_outbox_failed gauge",
                "# TYPE registry_outbox_oldest_pending_seconds gauge", "# TYPE registry_transfer_queue_depth gauge");
        // A number, also after other deployments came and went in this server before this one.
        assertThat(value(metrics, "registry_outbox_failed")).isNotNaN();
    }

    @Test
    void anEmailTheOutboxGaveUpOnRaisesTheFailedGaugeWithinItsRefresh() {
        double before = value(metrics(), "registry_outbox_failed");

        probe.failedEmail(TestNumbers.next("84"));

        Await.until(() -> value(metrics(), "registry_outbox_failed"), failed -> failed == before + 1);
    }

    @Test
    void aSignInThatFailedIsCountedByOutcomeAndReason() {
        String[] failed = {"registry_sign_ins_total", "outcome=\"failed\"", "reason=\"answer_not_accepted\""};
        double before = sample(metrics(), failed).orElse(0.0);

        signIn.failed("a test of the metrics", TestNumbers.nextClientAddress());

        assertThat(sample(metrics(), failed)).hasValue(before + 1);
    }

    private static String metrics() {
        HttpResponse<String> response = ManagementInterface.get("/metrics");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The value of the sample {@code name}, which must be there. */
    private static double value(String metrics, String name) {
        return sample(metrics, name).orElseThrow(() -> new AssertionError("no sample " + name + " in\n" + metrics));
    }

    /** The value of the first sample named {@code nameAndLabels[0]} that has the labels that follow. */
    private static Optional<Double> sample(String metrics, String... nameAndLabels) {
        return metrics.lines()
                .filter(line -> line.startsWith(nameAndLabels[0] + "{") || line.startsWith(nameAndLabels[0] + " "))
                .filter(line -> Arrays.stream(nameAndLabels).skip(1).allMatch(line::contains))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
