package gov.dot.fmcsa.nationalregistry.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import gov.dot.fmcsa.nationalregistry.benchmarks.LegacyRegistryFile.Examiner;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The load benchmark of the transfer submission (docs/benchmarks.md): {@code users} browsers
 * (default 50) submit the examiner form one after the other, without pausing, for
 * {@code duration} seconds (default 60): a closed model. Each browser keeps its cookies, so it
 * has one server session, and each submission GETs a fresh form.
 *
 * <p>A share {@code knownShare} (default 0.5) of the submissions names a real examiner, with one
 * of their licenses, picked at random among the first {@code loadExaminers} (default 10,000)
 * examiners of the registry file {@code registry}; the rest name a number that the registry does
 * not hold. The answer is the same either way; only the work done afterwards differs.
 *
 * <p>Assertions: at least {@code minThroughput} submissions per second (mean, default 200), a
 * 99th percentile of the response time of each request (what a person waits for one page) of at
 * most {@code maxP99} ms (default 250), and no failed request; {@code -Dassertions=false} leaves
 * them out (the warm-up run). The report also gives the percentiles of the whole submission
 * (GET + POST, the group).
 */
public class TransferLoadSimulation extends Simulation {

    private static final int USERS = TransferForm.intProperty("users", 50);
    private static final Duration DURATION = Duration.ofSeconds(TransferForm.intProperty("duration", 60));
    private static final double KNOWN_SHARE = TransferForm.doubleProperty("knownShare", 0.5);
    private static final int LOAD_EXAMINERS = TransferForm.intProperty("loadExaminers", 10_000);
    private static final double MIN_THROUGHPUT = TransferForm.doubleProperty("minThroughput", 200);
    private static final int MAX_P99 = TransferForm.intProperty("maxP99", 250);

    /** Postal codes for the unknown requests. */
    private static final List<String> STATES = List.of("CA", "TX", "FL", "NY", "PA", "IL", "OH", "GA", "NC", "MI",
            "MA", "WA", "AZ", "CO", "NV", "DC", "PR");

    private final List<Examiner> examiners = registryExaminers();

    private final Iterator<Map<String, Object>> applications = Stream.generate(this::application).iterator();

    private final ScenarioBuilder browsers = scenario("transfer form")
            .during(DURATION, false).on(feed(applications).exec(TransferForm.submission()));

    {
        SetUp setUp = setUp(browsers.injectClosed(constantConcurrentUsers(USERS).during(DURATION)))
                .protocols(TransferForm.protocol(USERS));
        if (Boolean.parseBoolean(System.getProperty("assertions", "true"))) {
            setUp.assertions(
                    details(TransferForm.SUBMISSION).requestsPerSec().gte(MIN_THROUGHPUT),
                    global().responseTime().percentile(99.0).lte(MAX_P99),
                    global().failedRequests().count().is(0L));
        }
    }

    private static List<Examiner> registryExaminers() {
        String file = System.getProperty("registry", "");
        if (file.isBlank()) {
            System.err.println("No -Dregistry=FILE: every submission names an unknown number.");
            return List.of();
        }
        List<Examiner> all = LegacyRegistryFile.examiners(Path.of(file));
        return all.subList(0, Math.min(LOAD_EXAMINERS, all.size()));
    }

    private Map<String, Object> application() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (!examiners.isEmpty() && random.nextDouble() < KNOWN_SHARE) {
            Examiner examiner = examiners.get(random.nextInt(examiners.size()));
            return Map.of("number", examiner.number(), "license", examiner.license(),
                    "licenseState", examiner.licenseState());
        }
        // Examiner numbers are 1 followed by the examiner's position: 19... is never issued here.
        return Map.of("number", "19" + String.format("%08d", random.nextInt(100_000_000)),
                "license", "X" + random.nextInt(1_000_000, 10_000_000),
                "licenseState", STATES.get(random.nextInt(STATES.size())));
    }
}
