package gov.dot.fmcsa.nationalregistry.it.cluster;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The two-node cluster of {@code bin/cluster}, as ClusterIT runs it: started afresh (its folder,
 * its PostgreSQL database) on ports offset by {@code test.cluster.port-offset}, with its own
 * login.gov stand-in and mail server; its nodes can be killed, its database and mailboxes read.
 */
final class LocalCluster {

    private static final String COMMAND = System.getProperty("test.cluster.command");
    /** The host name in the cluster's public address (REGISTRY_CLUSTER_HOST). */
    private static final String HOST = "127.0.0.1";
    private static final Path DIR = Path.of(System.getProperty("test.cluster.dir"));
    private static final int OFFSET = Integer.getInteger("test.cluster.port-offset");
    private static final String DATABASE = System.getProperty("test.cluster.database");
    private static final String POSTGRESQL = System.getProperty("test.postgresql.host", "127.0.0.1:5432");

    private LocalCluster() {
    }

    /**
     * What this machine lacks to run the cluster (nginx, a PostgreSQL that lets postgres in), if
     * anything: on a developer's machine ClusterIT is then skipped, as the PostgreSQL run is.
     */
    static Optional<String> missingPrerequisite() {
        boolean nginx = Stream.concat(Stream.of(System.getenv("PATH").split(":")), Stream.of("/usr/sbin"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "nginx")));
        if (!nginx) {
            return Optional.of("no nginx (apt-get install nginx-light)");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + POSTGRESQL + "/postgres",
                "postgres", "")) {
            return connection.isValid(5) ? Optional.empty()
                    : Optional.of("PostgreSQL at " + POSTGRESQL + " does not answer");
        } catch (SQLException e) {
            return Optional.of("no PostgreSQL at " + POSTGRESQL + ": " + e.getMessage());
        }
    }

    /**
     * {@code bin/cluster start --reset}: returns once both nodes, the load balancer and the rest
     * answer. A cluster that an interrupted run left behind is stopped first.
     */
    static void start() throws IOException, InterruptedException {
        run("stop");
        run("start", "--reset");
    }

    static void stop() throws IOException, InterruptedException {
        run("stop");
    }

    /** {@code bin/cluster restart NODE}: returns once the node has deployed the registry again. */
    static void restart(String node) throws IOException, InterruptedException {
        run("restart", node);
    }

    /** The node's JVM dies at once, as in a power cut: no shutdown, nothing flushed. */
    static void kill(String node) throws IOException {
        long pid = Long.parseLong(Files.readString(DIR.resolve("pids").resolve(node)).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(node + " is not running"));
        process.destroyForcibly();
        process.onExit().join();
    }

    /** The node whose HTTP port the load balancer names in X-Registry-Node ({@code 127.0.0.1:port}). */
    static String nodeAt(String upstream) {
        int port = Integer.parseInt(upstream.substring(upstream.lastIndexOf(':') + 1));
        return port == httpPort("node-1") ? "node-1" : "node-2";
    }

    /** The cluster's address, the load balancer's, as bin/cluster gives it to the nodes (registry.public-url). */
    static String publicUrl() {
        return "http://" + HOST + ":" + (8080 + OFFSET);
    }

    /** The issuer of the cluster's own login.gov stand-in, as bin/cluster gives it to the nodes. */
    static String loginGovIssuer() {
        return "http://localhost:" + (8180 + OFFSET) + "/realms/login-gov";
    }

    /** {@code path} at {@code node} itself, past the load balancer (as bin/cluster places the nodes). */
    static String atNode(String node, String path) {
        return "http://127.0.0.1:" + httpPort(node) + path;
    }

    private static int httpPort(String node) {
        return 8080 + OFFSET + (node.equals("node-1") ? 1000 : 1100);
    }

    /** The addresses of the nodes' JGroups channel (TCP, 7600 plus the node's port offset). */
    static List<InetSocketAddress> channelMembers() {
        return List.of(new InetSocketAddress("127.0.0.1", 7600 + OFFSET + 1000),
                new InetSocketAddress("127.0.0.1", 7600 + OFFSET + 1100));
    }

    /** The cluster's own key store, which bin/cluster made for this installation. */
    static Path keyStore() {
        return DIR.resolve("cluster-key-store.p12");
    }

    /** The password of {@link #keyStore()}, from the server keys bin/cluster keeps beside it. */
    static String keyStorePassword() throws IOException {
        String setting = "REGISTRY_CLUSTER_KEY_STORE_PASSWORD=";
        try (Stream<String> lines = Files.lines(DIR.resolve("server-keys.env"))) {
            return lines.filter(line -> line.startsWith(setting)).map(line -> line.substring(setting.length()))
                    .findFirst().orElseThrow(() -> new AssertionError("bin/cluster kept no " + setting));
        }
    }

    /** A folder of the test's own beside the cluster's. */
    static Path scratch() {
        return DIR.resolveSibling("cluster-it");
    }

    /** A connection to the cluster's database, as the registry's own role. */
    static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + POSTGRESQL + "/" + DATABASE, "registry", "registry");
    }

    /**
     * The Message-ID of every email in {@code address}'s mailbox at the cluster's mail server, one per
     * copy received.
     */
    static List<String> messageIds(String address) throws MessagingException {
        Properties imap = new Properties();
        imap.put("mail.imap.host", "127.0.0.1");
        imap.put("mail.imap.port", String.valueOf(3143 + OFFSET));
        Store store = Session.getInstance(imap).getStore("imap");
        store.connect(address, "any");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> ids = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                ids.add(message.getHeader("Message-ID")[0]);
            }
            inbox.close(false);
            return ids;
        } finally {
            store.close();
        }
    }

    private static void run(String... arguments) throws IOException, InterruptedException {
        Files.createDirectories(DIR.getParent());
        List<String> command = new ArrayList<>(List.of(COMMAND));
        command.addAll(List.of(arguments));
        Path log = DIR.resolveSibling("cluster-" + arguments[0] + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("REGISTRY_CLUSTER_DIR", DIR.toString(),
                "REGISTRY_PORT_OFFSET", String.valueOf(OFFSET), "REGISTRY_CLUSTER_DATABASE", DATABASE,
                "REGISTRY_CLUSTER_HOST", HOST, "REGISTRY_SYNTHETIC_REGISTRY", "0", "REGISTRY_SKIP_BUILD", "1",
                // Every test browser comes from 127.0.0.1: lift the per-address limit of 20 transfers an hour.
                "REGISTRY_NODE_OPTIONS", "-Dregistry.transfer.limit.per-source=1000"));
        Process process = builder.start();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/cluster " + arguments[0] + " took over 6 minutes; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("bin/cluster " + arguments[0] + " failed:\n" + Files.readString(log));
        }
    }
}
