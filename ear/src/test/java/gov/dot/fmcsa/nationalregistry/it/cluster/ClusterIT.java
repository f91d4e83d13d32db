package gov.dot.fmcsa.nationalregistry.it.cluster;

import static gov.dot.fmcsa.nationalregistry.it.support.LegacyFile.administrator;
import static gov.dot.fmcsa.nationalregistry.it.support.LegacyFile.examiner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import gov.dot.fmcsa.nationalregistry.it.support.FormFields;
import gov.dot.fmcsa.nationalregistry.it.support.ImportInbox;
import gov.dot.fmcsa.nationalregistry.it.support.LegacyFile;
import gov.dot.fmcsa.nationalregistry.it.support.SecurityEventPusher;
import gov.dot.fmcsa.nationalregistry.it.support.SignInClient;
import gov.dot.fmcsa.nationalregistry.it.support.TransferFormClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The registry as production runs it (decision 18): two nodes on one PostgreSQL database behind a
 * load balancer that sends each request to either node. A signed-in session goes on whichever node
 * serves it, a notice shown after a redirect with it, and when one node dies, even with the form that
 * node rendered last; transfer requests sent at once through both nodes each end in one
 * state with one email, even when the node sending the emails is killed in the middle; the killed
 * node, restarted, serves the same session again. Nobody without the cluster's key joins the
 * channel that carries the sessions (decision 23).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int ACCOUNTS = 100;
    private static final int REQUESTS_PER_ACCOUNT = 2;
    /** The first administrator bin/cluster starts the nodes with (registry.first-administrator). */
    private static final String ADMINISTRATOR = "9000000001";
    private static final String DASHBOARD = "/console/index.xhtml";
    private static final String SEARCH = "/console/accounts.xhtml";
    private static final String SETTINGS = "/console/settings.xhtml";
    private static final Pattern THIRD_PARTY_SWITCH = Pattern.compile("<button id=\"([^\"]+)\"[^>]*toggle-THIRD_PARTY");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** Grace, the first administrator, signed in once through the load balancer for the whole class. */
    private static final SignInClient GRACE = new SignInClient();

    /** The node that {@link #concurrentTransfersEndInOneStateAndOneEmailEachThoughTheSendingNodeDies} killed. */
    private static String killed;

    @BeforeAll
    static void startCluster() throws Exception {
        Optional<String> missing = LocalCluster.missingPrerequisite();
        if (missing.isPresent() && System.getenv("CI") == null) {
            assumeTrue(false, "ClusterIT skipped: " + missing.get());
        }
        LocalCluster.start();
        LegacyFile registry = LegacyFile.withHeader().line(administrator(ADMINISTRATOR, "grace.admin@example.com"));
        for (int i = 0; i < ACCOUNTS; i++) {
            registry.line(examiner(number(i), email(i), "MD|MA|C-" + number(i) + "|2030-01-01"));
        }
        ImportInbox.importEveryRow("cluster-accounts", registry);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        LocalCluster.stop();
    }

    @Test
    @Order(1)
    void aSignedInSessionIsServedByBothNodesInTurn() throws Exception {
        HttpResponse<String> start = GRACE.get("/login-gov/sign-in");
        String callback = GRACE.logInAtStandIn(SignInClient.location(start), "grace.admin@example.com", "grace.admin");
        HttpResponse<String> signedIn = GRACE.get(callback);
        assertThat(URI.create(SignInClient.location(signedIn)).getPath()).startsWith("/console/");
        // The state, nonce and PKCE verifier that one node kept in the session were there on the other.
        assertThat(node(signedIn)).isNotEqualTo(node(start));

        assertSessionServedByBothNodes();
    }

    @Test
    @Order(2)
    void aNoticeShownAfterARedirectIsShownByTheOtherNode() throws Exception {
        HttpResponse<String> settings = GRACE.get(SETTINGS);
        HttpResponse<String> toggled = GRACE.post(SETTINGS, toggleThirdParty(settings.body()));
        assertThat(toggled.statusCode()).isEqualTo(302);

        // The notice waits in the flash, whose cookie both nodes open with the same key (decision 19).
        String other = node(toggled).equals("node-1") ? "node-2" : "node-1";
        HttpResponse<String> redirected = GRACE.get(LocalCluster.atNode(other, SETTINGS));
        assertThat(redirected.statusCode()).isEqualTo(200);
        assertThat(redirected.body()).contains("id=\"notice\"", "Transfer is now open for Third Party.");
    }

    @Test
    @Order(3)
    void concurrentTransfersEndInOneStateAndOneEmailEachThoughTheSendingNodeDies() throws Exception {
        List<HttpResponse<String>> answers = sendTransfersAtOnce();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(302));
        assertThat(answers.stream().map(ClusterIT::node).distinct()).containsExactlyInAnyOrder("node-1", "node-2");

        killed = awaitDeliveryUnderWay();
        // A node writes the session after its answer has left: this form's view state, in the page
        // (decision 19), is all that the other node needs of it.
        String searchForm = GRACE.get(LocalCluster.atNode(killed, SEARCH)).body();
        LocalCluster.kill(killed);

        // Grace's session goes on on the other node, even the form that the dead node rendered last.
        String survivor = killed.equals("node-1") ? "node-2" : "node-1";
        assertThat(servedSignedIn(DASHBOARD)).isEqualTo(survivor);
        HttpResponse<String> search = GRACE.post(SEARCH, searchFor(ADMINISTRATOR, searchForm));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("Accounts found", "Administrator " + ADMINISTRATOR);

        awaitEveryTransferDone();
        try (Connection db = LocalCluster.database()) {
            assertThat(count(db, "SELECT COUNT(*) FROM transfer_request WHERE registry_number LIKE '71%'"))
                    .as("every transfer request received").isEqualTo(ACCOUNTS * REQUESTS_PER_ACCOUNT);
            assertThat(count(db, "SELECT COUNT(*) FROM registry_account WHERE national_registry_number LIKE '71%'"
                    + " AND status = 'MIGRATED'")).isEqualTo(ACCOUNTS);
            assertThat(count(db, "SELECT COUNT(*) FROM outbox_email WHERE recipient LIKE 'cluster.%'"
                    + " AND kind = 'TRANSFER_MIGRATED' AND status = 'SENT'")).isEqualTo(ACCOUNTS);
        }
        assertEachEmailDeliveredOnce();
    }

    @Test
    @Order(4)
    void aRestartedNodeRejoinsAndServesTheSameSession() throws Exception {
        assumeTrue(killed != null, "no node was killed");
        LocalCluster.restart(killed);

        assertSessionServedByBothNodes();
    }

    /**
     * The channel that carries the sessions takes no member without the cluster's key (decision
     * 23): an outsider with the nodes' own stack, speaking in clear or presenting a key of its own
     * with the same name on its certificate, stays alone in its view and receives nothing. The same
     * outsider given the cluster's key store joins, so it is the key alone that kept it out. Last,
     * since a member that joined is a member until it leaves.
     */
    @Test
    @Order(5)
    void noMemberWithoutTheClustersKeyJoinsTheChannel() throws Exception {
        String password = "THROWAWAY-outsider-key-store-password";
        Path ownKey = ChannelOutsider.ownKeyStore(LocalCluster.scratch(), password);
        try (ChannelOutsider inClear = ChannelOutsider.inClear("outsider-in-clear", LocalCluster.channelMembers())) {
            assertThat(inClear.view()).containsExactly("outsider-in-clear");
            assertThat(inClear.messagesReceived()).isZero();
        }
        try (ChannelOutsider ownKeyed = ChannelOutsider.withKey("outsider-with-own-key", LocalCluster.channelMembers(),
                ownKey, password)) {
            assertThat(ownKeyed.view()).containsExactly("outsider-with-own-key");
            assertThat(ownKeyed.messagesReceived()).isZero();
        }
        try (ChannelOutsider keyHolder = ChannelOutsider.withKey("holder-of-the-cluster-key",
                LocalCluster.channelMembers(), LocalCluster.keyStore(), LocalCluster.keyStorePassword())) {
            assertThat(keyHolder.view()).contains("node-1", "node-2", "holder-of-the-cluster-key");
        }

        assertSessionServedByBothNodes();
    }

    /** Six requests in Grace's session, each answered as hers, by both nodes in turn. */
    /**
     * The same event about Grace, pushed to both nodes at once (as a retried delivery could be):
     * stored once, and she gets one security notice.
     */
    @Test
    @Order(6)
    void aSecurityEventPushedToBothNodesIsActedOnOnce() throws Exception {
        SecurityEventPusher loginGov = new SecurityEventPusher(LocalCluster.loginGovIssuer(),
                LocalCluster.publicUrl() + SecurityEventPusher.PATH);
        String notices = "SELECT COUNT(*) FROM outbox_email WHERE kind = 'SECURITY_NOTICE' AND account_number = '"
                + ADMINISTRATOR + "'";
        try (Connection db = LocalCluster.database()) {
            JWTClaimsSet event = loginGov.claims(SecurityEventPusher.LOGIN_GOV + "password-reset",
                    loginGov.identity(subjectOf(db, ADMINISTRATOR))).build();
            String token = SecurityEventPusher.signed(event);

            List<CompletableFuture<HttpResponse<String>>> pushes = Stream.of("node-1", "node-2")
                    .map(node -> LocalCluster.atNode(node, SecurityEventPusher.PATH))
                    .map(address -> CompletableFuture.supplyAsync(() -> SecurityEventPusher.pushTo(address, token,
                            SecurityEventPusher.MEDIA_TYPE)))
                    .toList();

            assertThat(pushes).extracting(push -> push.join().statusCode()).containsExactly(202, 202);
            Instant deadline = Instant.now().plus(PATIENCE);
            while (count(db, notices) == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            Thread.sleep(2000);
            assertThat(count(db, "SELECT COUNT(*) FROM security_event WHERE jti = '" + event.getJWTID() + "'"))
                    .isEqualTo(1);
            assertThat(count(db, notices)).as("acted on once").isEqualTo(1);
        }
    }

    /** The login.gov subject linked to the account {@code number}. */
    private static String subjectOf(Connection db, String number) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT i.subject FROM login_gov_identity i"
                + " JOIN registry_account a ON a.id = i.account_id WHERE a.national_registry_number = ?")) {
            query.setString(1, number);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("account " + number + " is linked").isTrue();
                return row.getString(1);
            }
        }
    }

    private static void assertSessionServedByBothNodes() throws Exception {
        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            nodes.add(servedSignedIn(DASHBOARD));
        }
        assertThat(nodes).containsExactlyInAnyOrder("node-1", "node-2");
    }

    /** Every account's one email arrives; only the one being sent when its node died may come twice, identical. */
    private static void assertEachEmailDeliveredOnce() throws Exception {
        int copiesBeyondOne = 0;
        for (int i = 0; i < ACCOUNTS; i++) {
            List<String> received = LocalCluster.messageIds(email(i));
            assertThat(new HashSet<>(received)).as("emails to %s", email(i)).hasSize(1);
            copiesBeyondOne += received.size() - 1;
        }
        assertThat(copiesBeyondOne).as("emails received twice (sent as the node died)").isLessThanOrEqualTo(1);
    }

    /**
     * 200 requests, two for each account, from 200 browsers, 50 at a time, spread by the load
     * balancer. An account's two requests go side by side, so that the last accounts' emails are
     * still to be sent when the last answer comes.
     */
    private static List<HttpResponse<String>> sendTransfersAtOnce() throws Exception {
        ExecutorService browsers = Executors.newFixedThreadPool(50);
        try {
            List<Callable<HttpResponse<String>>> requests = IntStream.range(0, ACCOUNTS * REQUESTS_PER_ACCOUNT)
                    .map(i -> i / REQUESTS_PER_ACCOUNT)
                    .mapToObj(account -> (Callable<HttpResponse<String>>) () -> new TransferFormClient()
                            .submitExaminer(number(account), "C-" + number(account), "MA"))
                    .toList();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : browsers.invokeAll(requests)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            browsers.shutdownNow();
        }
    }

    /** Waits until some of the transfer emails are sent and some still wait; returns the node sending them. */
    private static String awaitDeliveryUnderWay() throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        try (Connection db = LocalCluster.database()) {
            while (Instant.now().isBefore(deadline)) {
                int sent = count(db, "SELECT COUNT(*) FROM outbox_email"
                        + " WHERE recipient LIKE 'cluster.%' AND status = 'SENT'");
                if (sent > 0 && sent < ACCOUNTS) {
                    return holder(db, "OUTBOX");
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("the transfer emails were not being sent within " + PATIENCE);
    }

    private static void awaitEveryTransferDone() throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        try (Connection db = LocalCluster.database()) {
            while (Instant.now().isBefore(deadline)) {
                if (count(db, "SELECT COUNT(*) FROM transfer_request WHERE processed_at IS NULL") == 0
                        && count(db, "SELECT COUNT(*) FROM outbox_email WHERE status <> 'SENT'") == 0) {
                    return;
                }
                Thread.sleep(250);
            }
        }
        throw new AssertionError("transfers or their emails still pending after " + PATIENCE);
    }

    /**
     * GETs {@code path} in Grace's session: it must answer as her page (her name in the header), not a
     * sign-in; returns the node.
     */
    private static String servedSignedIn(String path) throws Exception {
        HttpResponse<String> page = GRACE.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Administrator " + ADMINISTRATOR);
        return node(page);
    }

    private static String node(HttpResponse<String> response) {
        return LocalCluster.nodeAt(response.headers().firstValue("X-Registry-Node")
                .orElseThrow(() -> new AssertionError("the load balancer named no node")));
    }

    /** The console's account search for {@code number}, posted with the view state of {@code page}. */
    private static Map<String, String> searchFor(String number, String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("search", "search");
        fields.put("search:number", number);
        fields.put("search:name", "");
        fields.put("search:email", "");
        fields.put("search:search-button", "");
        fields.put("jakarta.faces.ViewState", viewState(page));
        return fields;
    }

    /** The settings page's switch for third parties pressed, as a form without JavaScript sends it. */
    private static Map<String, String> toggleThirdParty(String page) {
        Matcher button = THIRD_PARTY_SWITCH.matcher(page);
        assertThat(button.find()).as("the third parties' switch on " + page).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("settings", "settings");
        fields.put("settings:reason", "ClusterIT: a notice across nodes");
        fields.put(button.group(1), "");
        fields.put("jakarta.faces.ViewState", viewState(page));
        return fields;
    }

    private static String viewState(String page) {
        return FormFields.viewState(page).orElseThrow(() -> new AssertionError("no form: " + page));
    }

    private static String holder(Connection db, String work) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT holder FROM work_lease WHERE work_name = ?")) {
            query.setString(1, work);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    private static String number(int i) {
        return String.format("71000%05d", i);
    }

    private static String email(int i) {
        return "cluster." + number(i) + "@example.com";
    }
}
