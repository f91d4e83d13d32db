package gov.dot.fmcsa.nationalregistry.it.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jgroups.JChannel;
import org.jgroups.Message;
import org.jgroups.Receiver;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FRAG4;
import org.jgroups.protocols.MERGE3;
import org.jgroups.protocols.NAKACK4;
import org.jgroups.protocols.RED;
import org.jgroups.protocols.TCP;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.UNICAST4;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.util.NameCache;
import org.jgroups.util.TLSClientAuth;

/**
 * A JGroups member started in the test JVM that tries to join the cluster's channel, as anyone on
 * the cluster's network could: the nodes' own protocol stack (WildFly's {@code tcp} stack, as
 * configure-cluster-node.cli leaves it), their cluster name, their addresses, and the key it is
 * given, or none.
 */
final class ChannelOutsider implements AutoCloseable {

    /** The cluster name of WildFly's {@code ee} channel. */
    private static final String CLUSTER = "ejb";

    /**
     * How long the outsider goes on trying after it connected: its MERGE3 asks the nodes every
     * second or two whether they form another view it should merge with.
     */
    private static final Duration PERSISTENCE = Duration.ofSeconds(6);

    private final JChannel channel;
    private final AtomicInteger received = new AtomicInteger();

    private ChannelOutsider(String name, List<InetSocketAddress> members, TCP transport) throws Exception {
        transport.setBindAddress(InetAddress.getLoopbackAddress()).setBindPort(freePort()).setPortRange(0);
        channel = new JChannel(transport,
                new TCPPING().initialHosts(members).portRange(0),
                new RED(), new MERGE3().setMinInterval(1000).setMaxInterval(2000), new FD_ALL3(),
                new VERIFY_SUSPECT2(), new NAKACK4(), new UNICAST4(),
                new GMS().setJoinTimeout(3000).printLocalAddress(false), new FRAG4());
        channel.name(name).receiver(new Receiver() {
            @Override
            public void receive(Message message) {
                received.incrementAndGet();
            }
        });
        channel.connect(CLUSTER);
        Thread.sleep(PERSISTENCE.toMillis());
    }

    /** A port nobody listens on now (JGroups takes no port 0 with a static member list). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** An outsider that speaks to the nodes in clear, as a member of an unprotected cluster would. */
    static ChannelOutsider inClear(String name, List<InetSocketAddress> members) throws Exception {
        return new ChannelOutsider(name, members, new TCP());
    }

    /**
     * An outsider that speaks TLS 1.3 as the nodes do, presenting the key in {@code keyStore}
     * (PKCS12) and trusting the certificates in it.
     */
    static ChannelOutsider withKey(String name, List<InetSocketAddress> members, Path keyStore, String password)
            throws Exception {
        TCP transport = new TCP();
        transport.tls().enabled(true).setProtocols(new String[] {"TLSv1.3"}).setClientAuth(TLSClientAuth.NEED)
                .setKeystorePath(keyStore.toString()).setKeystorePassword(password).setKeystoreType("PKCS12")
                .setTruststorePath(keyStore.toString()).setTruststorePassword(password).setTruststoreType("PKCS12");
        return new ChannelOutsider(name, members, transport);
    }

    /**
     * A key store of the outsider's own: a key pair and a self-signed certificate with the same
     * subject as the cluster's, made with the JDK's keytool, as bin/cluster makes the cluster's.
     */
    static Path ownKeyStore(Path folder, String password) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path store = folder.resolve("outsider-key-store.p12");
        Files.deleteIfExists(store);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "registry-cluster-member", "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "1", "-dname", "CN=National Registry cluster member", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", password)
                .redirectErrorStream(true).redirectOutput(folder.resolve("outsider-keytool.log").toFile()).start();
        if (!keytool.waitFor(1, TimeUnit.MINUTES) || keytool.exitValue() != 0) {
            throw new AssertionError("keytool could not make the outsider's key; see "
                    + folder.resolve("outsider-keytool.log"));
        }
        return store;
    }

    /** The names of the members in the outsider's view of the channel, its own included. */
    List<String> view() {
        return channel.getView().getMembers().stream().map(NameCache::get).toList();
    }

    /** How many messages of the channel reached the outsider. */
    int messagesReceived() {
        return received.get();
    }

    @Override
    public void close() {
        channel.close();
    }
}
