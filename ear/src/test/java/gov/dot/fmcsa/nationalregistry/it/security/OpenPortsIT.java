package gov.dot.fmcsa.nationalregistry.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.it.support.RegistryDeployment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server listens on what the registry uses and nothing else (decision 23, configure-server.cli):
 * asked from inside the test server, on its own ports.
 */
@ExtendWith(ArquillianExtension.class)
class OpenPortsIT {

    private static final int OFFSET = Integer.getInteger("jboss.socket.binding.port-offset", 0);

    @Deployment
    static EnterpriseArchive deployment() {
        return RegistryDeployment.withTests(OpenPortsIT.class);
    }

    /** AJP, HTTPS, management over HTTPS, the transaction manager's recovery and status ports. */
    @Test
    void nothingAnswersOnAPortTheRegistryDoesNotUse() {
        for (int port : new int[] {8009, 8443, 9993, 4712, 4713}) {
            assertThatThrownBy(() -> connect(port).close()).as("port %d plus the offset", port)
                    .isInstanceOf(ConnectException.class);
        }
    }

    /** Without the remoting connector, the public port switches to no EJB or JNDI protocol. */
    @Test
    void thePublicPortRefusesTheUpgradeToRemoteEjbCalls() throws IOException {
        try (Socket socket = connect(8080)) {
            OutputStream out = socket.getOutputStream();
            String key = Base64.getEncoder().encodeToString("sixteen byte key".getBytes(StandardCharsets.US_ASCII));
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: jboss-remoting\r\n"
                    + "Sec-JbossRemoting-Key: " + key + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            assertThat(statusLine).as("the control: the port answers HTTP").startsWith("HTTP/1.1 ")
                    .doesNotContain(" 101 ");
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port + OFFSET), 2000);
        socket.setSoTimeout(10_000);
        return socket;
    }
}
