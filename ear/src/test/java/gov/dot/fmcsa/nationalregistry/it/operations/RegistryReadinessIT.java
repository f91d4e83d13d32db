package gov.dot.fmcsa.nationalregistry.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import gov.dot.fmcsa.nationalregistry.domain.scheduling.ScheduledWork;
import gov.dot.fmcsa.nationalregistry.health.RegistryReadinessCheck;
import gov.dot.fmcsa.nationalregistry.it.support.Await;
import gov.dot.fmcsa.nationalregistry.it.support.ManagementInterface;
import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry's readiness as a load balancer's probe sees it: MicroProfile Health's
 * {@code /health/ready} at the management interface, asked from inside the test server.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryReadinessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(RegistryReadinessIT.class, ManagementInterface.class, Await.class);
    }

    @Test
    void theRegistryIsReadyWithItsDatabaseAndSaysWhatItsOutboxAndLeasesAre() {
        HttpResponse<String> response = ready();
        JsonObject check = registryCheck(response.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(check.getString("status")).isEqualTo("UP");
        JsonObject data = check.getJsonObject("data");
        assertThat(data.getString("database")).isEqualTo("reachable");
        assertThat(Long.parseLong(data.getString("outboxOldestPendingSeconds"))).isNotNegative();
    }

    /** The look at deployment comes before any lease is taken; a later one, within 15 s, sees them. */
    @Test
    void aSingleNodeSaysItHoldsEveryLease() {
        String leases = Await.until(() -> registryCheck(ready().body()).getJsonObject("data").getString("leasesHeld"),
                held -> held.split(",").length == ScheduledWork.values().length);

        assertThat(leases.split(",")).containsExactlyInAnyOrder(
                Arrays.stream(ScheduledWork.values()).map(ScheduledWork::name).toArray(String[]::new));
    }

    private static JsonObject registryCheck(String body) {
        return Json.createReader(new StringReader(body)).readObject().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals(RegistryReadinessCheck.NAME))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + RegistryReadinessCheck.NAME + " in " + body));
    }

    private static HttpResponse<String> ready() {
        return ManagementInterface.get("/health/ready");
    }
}
