package gov.dot.fmcsa.nationalregistry.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import gov.dot.fmcsa.nationalregistry.benchmarks.LegacyRegistryFile.Examiner;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Fills the outbox for the drain measurement of benchmarks/transfer-load.sh: {@code emails}
 * (default 6,000, rounded up to a multiple of {@code users}) transfer requests, each for another
 * examiner whose email no other account uses, so that each request migrates its account and
 * queues exactly one email, to a mailbox of its own. The examiners come after the first
 * {@code loadExaminers} of the registry file {@code registry}, which the load simulation uses.
 */
public class OutboxBurstSimulation extends Simulation {

    private static final int USERS = TransferForm.intProperty("users", 50);
    private static final int EMAILS = TransferForm.intProperty("emails", 6_000);
    private static final int LOAD_EXAMINERS = TransferForm.intProperty("loadExaminers", 10_000);

    private final int perUser = (EMAILS + USERS - 1) / USERS;

    private final List<Map<String, Object>> examiners = burstExaminers(perUser * USERS);

    private final ScenarioBuilder browsers = scenario("outbox burst")
            .repeat(perUser).on(feed(listFeeder(examiners).queue()).exec(TransferForm.submission()));

    {
        setUp(browsers.injectOpen(atOnceUsers(USERS)))
                .protocols(TransferForm.protocol(USERS))
                .assertions(global().failedRequests().count().is(0L));
    }

    private static List<Map<String, Object>> burstExaminers(int count) {
        List<Examiner> all = LegacyRegistryFile.examiners(Path.of(System.getProperty("registry")));
        List<Map<String, Object>> chosen = all.subList(Math.min(LOAD_EXAMINERS, all.size()), all.size()).stream()
                .filter(Examiner::uniqueEmail)
                .limit(count)
                .map(e -> Map.<String, Object>of("number", e.number(), "license", e.license(),
                        "licenseState", e.licenseState(), "email", e.email()))
                .toList();
        if (chosen.size() < count) {
            throw new IllegalStateException("the registry file has only " + chosen.size() + " examiners with a unique"
                    + " email after the first " + LOAD_EXAMINERS + "; " + count + " are needed");
        }
        return chosen;
    }
}
