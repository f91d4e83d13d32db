package gov.dot.fmcsa.nationalregistry.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The sign-in benchmark (docs/benchmarks.md), run by benchmarks/sign-in-load.sh in three phases
 * ({@code phase}), all on the same {@code accounts} examiners (default 2,000: the first of the
 * registry file {@code registry} none of whose emails another account uses; {@link SignInFlow#accounts}):
 * <ul>
 * <li>{@code transfer}: one transfer request per account ("Transfer or Create Account"), so that the
 * registry migrates them (status MIGRATED): only a migrated account links at its first sign-in;</li>
 * <li>{@code link}: each account signs in once, which links its login.gov identity (and warms the
 * server up): the first {@code coldStart} (default 20) one after the other, the others arriving at
 * {@code rate};</li>
 * <li>{@code measure} (the default): repeated sign-ins of linked accounts, picked at random: an open
 * model, {@code rate} new browsers per second (default 100), each signing in once, for
 * {@code duration} seconds (default 60), after {@code clientWarmup} seconds (default 15) of the
 * same whose sign-ins form the group {@code warm-up}, out of the figures and the target.</li>
 * </ul>
 * The first two spread the accounts evenly over about {@code accounts / rate} seconds. Each virtual user
 * is a new browser (no cookies, no open connections) from one of {@code addresses} local addresses
 * (default 100). Assertions (the Maven run fails when one is missed; {@code -Dassertions=false}
 * leaves them out): no failed request, and in the {@code measure} phase a 99th percentile of the
 * whole sign-in of at most {@code maxP99} ms (default 300).
 */
public class SignInLoadSimulation extends Simulation {

    private static final String PHASE = System.getProperty("phase", "measure");
    private static final int ACCOUNTS = TransferForm.intProperty("accounts", 2_000);
    private static final double RATE = TransferForm.doubleProperty("rate", 100);
    /** Below {@code rate}: the arrivals grow from this rate to {@code rate} (the script's warm-up). */
    private static final double RAMP_FROM = TransferForm.doubleProperty("rampFrom", RATE);
    private static final Duration DURATION = Duration.ofSeconds(TransferForm.intProperty("duration", 60));
    private static final int MAX_P99 = TransferForm.intProperty("maxP99", 300);
    private static final int ADDRESSES = TransferForm.intProperty("addresses", 100);
    private static final Duration CLIENT_WARMUP = Duration.ofSeconds(TransferForm.intProperty("clientWarmup", 15));
    /** The first sign-ins, one after the other, before the others arrive at {@code rate}. */
    private static final int COLD_START = TransferForm.intProperty("coldStart", 20);

    private final List<Map<String, Object>> accounts =
            SignInFlow.accounts(Path.of(System.getProperty("registry")), ACCOUNTS);

    {
        // Every account once, evenly spread.
        OpenInjectionStep eachOnce = rampUsers(ACCOUNTS).during(Duration.ofMillis(Math.round(ACCOUNTS * 1000 / RATE)));
        SetUp setUp = switch (PHASE) {
            case "transfer" -> setUp(once("transfer requests", TransferForm.submission()).injectOpen(eachOnce));
            case "link" -> {
                // The first sign-ins after a start find the provider and the registry cold (class
                // loading, JIT, pac4j's lazy set-up): one browser signs the first accounts in one
                // after the other, then the others arrive at the rate. One iterator, so that each
                // account is taken once.
                Iterator<Map<String, Object>> each = accounts.iterator();
                int cold = Math.min(COLD_START, ACCOUNTS);
                yield setUp(scenario("first sign-ins, one after the other")
                        .repeat(cold).on(feed(each).exec(SignInFlow.signIn()))
                        .injectOpen(atOnceUsers(1))
                        .andThen(scenario("first sign-ins").feed(each).exec(SignInFlow.signIn())
                                .injectOpen(rampUsers(ACCOUNTS - cold)
                                        .during(Duration.ofMillis(Math.round((ACCOUNTS - cold) * 1000 / RATE))))));
            }
            case "measure" -> {
                PopulationBuilder measured = scenario("sign-ins").feed(listFeeder(accounts).random())
                        .exec(SignInFlow.signIn()).injectOpen(RAMP_FROM < RATE
                                ? rampUsersPerSec(RAMP_FROM).to(RATE).during(DURATION)
                                : constantUsersPerSec(RATE).during(DURATION));
                // Gatling's own JVM is new at each run and compiles its code in the first seconds,
                // on the same cores: sign-ins then wait for the client, not for the servers.
                yield CLIENT_WARMUP.isZero() ? setUp(measured)
                        : setUp(scenario("client warm-up").feed(listFeeder(accounts).random())
                                .exec(SignInFlow.signIn(SignInFlow.WARM_UP))
                                .injectOpen(constantUsersPerSec(RATE).during(CLIENT_WARMUP))
                                .andThen(measured));
            }
            default -> throw new IllegalArgumentException("phase is transfer, link or measure, not " + PHASE);
        };
        setUp.protocols(TransferForm.protocol(ADDRESSES, "national-registry sign-in benchmark (Gatling)"));
        if (Boolean.parseBoolean(System.getProperty("assertions", "true"))) {
            if (PHASE.equals("measure")) {
                setUp.assertions(details(SignInFlow.SIGN_IN).responseTime().percentile(99.0).lte(MAX_P99),
                        global().failedRequests().count().is(0L));
            } else {
                setUp.assertions(global().failedRequests().count().is(0L));
            }
        }
    }

    private ScenarioBuilder once(String name, ChainBuilder chain) {
        return scenario(name).feed(listFeeder(accounts).queue()).exec(chain);
    }
}
