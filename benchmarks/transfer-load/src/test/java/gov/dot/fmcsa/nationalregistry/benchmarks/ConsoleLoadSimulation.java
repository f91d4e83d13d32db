package gov.dot.fmcsa.nationalregistry.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import gov.dot.fmcsa.nationalregistry.benchmarks.LegacyRegistryFile.Account;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The management console's benchmark (docs/benchmarks.md), run by benchmarks/console-load.sh on a
 * registry of 100,000 accounts and 1,000,000 audit events: one administrator, the first (Grace,
 * 9000000001), signs in through the fast local provider and uses the console one request after the
 * other, as a person does. Two phases ({@code phase}):
 * <ul>
 * <li>{@code interactive} (the default): {@code warmup} seconds (default 60) of searches and
 * dashboards out of the figures, then {@code searches} account searches (default 2,000), each a
 * POST of the search form with criteria drawn at random from the registry file {@code registry}
 * (a number, a last name's first letters, an email, a status, a type and a State, alone and
 * combined, or none), followed for the broad ones by the next page of the lazy table (an Ajax
 * request); then {@code dashboards} loads of the dashboard (default 200). Targets: search and next
 * page p95 at most {@code maxSearchP95} ms (100), dashboard p95 at most {@code maxDashboardP95} ms
 * (300);</li>
 * <li>{@code export}: the audit log's CSV export of every event, once (the script samples WildFly's
 * heap meanwhile).</li>
 * </ul>
 * Assertions ({@code -Dassertions=false} leaves them out): no failed request, and the targets.
 */
public class ConsoleLoadSimulation extends Simulation {

    static final String SEARCH = "search";
    static final String NEXT_PAGE = "search, next page";
    static final String DASHBOARD = "dashboard";
    static final String EXPORT = "audit log export";

    private static final String PHASE = System.getProperty("phase", "interactive");
    private static final int SEARCHES = TransferForm.intProperty("searches", 2_000);
    private static final int DASHBOARDS = TransferForm.intProperty("dashboards", 200);
    private static final Duration WARMUP = Duration.ofSeconds(TransferForm.intProperty("warmup", 60));
    private static final int MAX_SEARCH_P95 = TransferForm.intProperty("maxSearchP95", 100);
    private static final int MAX_DASHBOARD_P95 = TransferForm.intProperty("maxDashboardP95", 300);
    private static final String STATUSES = "LEGACY EMAIL_DUPLICATE MIGRATED LINKED";
    private static final String TYPES = "MEDICAL_EXAMINER ADMINISTRATIVE_ASSISTANT THIRD_PARTY";
    private static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";

    {
        Map<String, Object> administrator = Map.of("number", "9000000001",
                "sub", "console-benchmark-administrator", "claims", SignInFlow.claims("grace.admin@example.com"));
        ChainBuilder signIn = exec(session -> session.setAll(administrator))
                .exec(SignInFlow.signIn(SignInFlow.SIGN_IN, "/console/index.xhtml", "id=\"outbox-health\""))
                .exitHereIfFailed();
        ChainBuilder work = switch (PHASE) {
            case "interactive" -> interactive();
            case "export" -> export();
            default -> throw new IllegalArgumentException("phase is interactive or export, not " + PHASE);
        };
        SetUp setUp = setUp(scenario("an administrator at the console").exec(signIn, work).injectOpen(atOnceUsers(1)))
                .protocols(TransferForm.protocol(1, "national-registry console benchmark (Gatling)"));
        if (Boolean.parseBoolean(System.getProperty("assertions", "true"))) {
            setUp.assertions(global().failedRequests().count().is(0L));
        }
        if (Boolean.parseBoolean(System.getProperty("assertions", "true")) && PHASE.equals("interactive")) {
            setUp.assertions(details(SEARCH).responseTime().percentile(95.0).lte(MAX_SEARCH_P95),
                    details(NEXT_PAGE).responseTime().percentile(95.0).lte(MAX_SEARCH_P95),
                    details(DASHBOARD).responseTime().percentile(95.0).lte(MAX_DASHBOARD_P95));
        }
    }

    private ChainBuilder interactive() {
        Iterator<Map<String, Object>> criteria = criteria(LegacyRegistryFile.accounts(
                Path.of(System.getProperty("registry"))));
        return exec(http("GET /console/accounts.xhtml").get("/console/accounts.xhtml")
                        .check(status().is(200), viewState()))
                .during(WARMUP).on(feed(criteria).exec(search("warm-up " + SEARCH, "warm-up " + NEXT_PAGE),
                        dashboard("warm-up " + DASHBOARD)))
                .repeat(SEARCHES).on(feed(criteria).exec(search(SEARCH, NEXT_PAGE)))
                .repeat(DASHBOARDS).on(dashboard(DASHBOARD));
    }

    /** The search form posted with the criteria in the session; the next page when there is one. */
    private static ChainBuilder search(String name, String nextPage) {
        // A group per search, so that its figures come out as a whole and by kind of criteria.
        return exec(session -> session.remove("total")).group(name)
                .on(http(name + " by #{kind}").post("/console/accounts.xhtml")
                .formParam("search", "search")
                .formParam("search:number", "#{number}")
                .formParam("search:name", "#{name}")
                .formParam("search:email", "#{email}")
                .formParam("search:status", "#{status}")
                .formParam("search:type", "#{type}")
                .formParam("search:state", "#{state}")
                .formParam("search:search-button", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(status().is(200), substring("id=\"results-heading\""), viewState(),
                        // No paginator when nothing matched.
                        regex("of ([0-9,]+) accounts").optional().saveAs("total")))
                .doIf(session -> session.contains("total")
                        && Integer.parseInt(session.getString("total").replace(",", "")) > 25)
                .then(exec(http(nextPage).post("/console/accounts.xhtml")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "results:accounts")
                        .formParam("jakarta.faces.partial.execute", "results:accounts")
                        .formParam("jakarta.faces.partial.render", "results:accounts")
                        .formParam("jakarta.faces.behavior.event", "page")
                        .formParam("jakarta.faces.partial.event", "page")
                        .formParam("results:accounts_pagination", "true")
                        .formParam("results:accounts_first", "25")
                        .formParam("results:accounts_rows", "25")
                        .formParam("results:accounts_skipChildren", "true")
                        .formParam("results:accounts_encodeFeature", "true")
                        .formParam("results", "results")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200), substring("<partial-response"), substring("data-ri=\"25\""))));
    }

    private static ChainBuilder dashboard(String name) {
        return exec(http(name).get("/console/index.xhtml").check(status().is(200), substring("id=\"outbox-health\"")));
    }

    private static ChainBuilder export() {
        return exec(http("GET /console/audit.xhtml").get("/console/audit.xhtml").check(status().is(200), viewState()))
                .exec(http(EXPORT).post("/console/audit.xhtml")
                        .formParam("filter", "filter")
                        .formParam("filter:actor", "")
                        .formParam("filter:action", "")
                        .formParam("filter:account", "")
                        .formParam("filter:from", "")
                        .formParam("filter:to", "")
                        .formParam("filter:export", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200),
                                header("Content-Type").transform(type -> type.startsWith("text/csv")).is(true),
                                bodyLength().saveAs("exportBytes")))
                // The script prints it: the size shows the whole log was written, not a first part.
                .exec(session -> {
                    System.out.println("audit log export bytes: " + session.getInt("exportBytes"));
                    return session;
                });
    }

    /** Sets {@code field} to {@code value}; names the criterion ("state" when there is a State). */
    private static String put(Map<String, Object> criterion, String field, String value) {
        criterion.put(field, value);
        return value.isEmpty() ? "no " + field : field;
    }

    private static CheckBuilder viewState() {
        return regex(VIEW_STATE).saveAs("viewState");
    }

    /**
     * Endless search criteria, drawn with a fixed seed (the same run after run): each kind as often
     * as the others. Unused fields are empty, as in the form.
     */
    static Iterator<Map<String, Object>> criteria(List<Account> accounts) {
        Random random = new Random(20261201);
        String[] statuses = STATUSES.split(" ");
        String[] types = TYPES.split(" ");
        return Stream.generate(() -> {
            Account account = accounts.get(random.nextInt(accounts.size()));
            String prefix = account.lastName()
                    .substring(0, Math.min(account.lastName().length(), 2 + random.nextInt(3)));
            String status = statuses[random.nextInt(statuses.length)];
            Map<String, Object> criterion = new HashMap<>(Map.of("number", "", "name", "", "email", "",
                    "status", "", "type", "", "state", ""));
            String kind = switch (random.nextInt(8)) {
                case 0 -> put(criterion, "number", account.number());
                case 1 -> put(criterion, "name", prefix);
                case 2 -> put(criterion, "email", account.email());
                case 3 -> put(criterion, "status", status);
                case 4 -> put(criterion, "type", types[random.nextInt(types.length)])
                        + ", " + put(criterion, "state", account.state());
                case 5 -> put(criterion, "status", status) + ", " + put(criterion, "state", account.state());
                case 6 -> put(criterion, "name", prefix) + ", " + put(criterion, "status", status);
                default -> "nothing"; // every account
            };
            criterion.put("kind", kind);
            return criterion;
        }).iterator();
    }
}
