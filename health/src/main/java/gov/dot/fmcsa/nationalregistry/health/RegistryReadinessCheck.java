package gov.dot.fmcsa.nationalregistry.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The registry's readiness ({@code /health/ready} on the management interface): UP while its
 * database answers ({@link ConditionReport#ready}), with the outbox's oldest waiting email and this
 * node's work leases as data. It lives in the EAR's lib/ because WildFly's MicroProfile Health
 * looks for checks in the top-level deployment only (docs/decisions/0024).
 */
@Readiness
@ApplicationScoped
public class RegistryReadinessCheck implements HealthCheck {

    /** The check's name in the health report. */
    public static final String NAME = "national-registry";

    @Inject
    private RegistryCondition condition;

    @Override
    public HealthCheckResponse call() {
        ConditionReport report = condition.last();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(report.ready(Instant.now()));
        report.data().forEach(response::withData);
        return response.build();
    }
}
