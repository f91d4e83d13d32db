package gov.dot.fmcsa.nationalregistry.it.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The tests' mail server: an in-process GreenMail (SMTP and IMAP on 127.0.0.1) that runs for the
 * whole test run, from before the Arquillian container starts until after it stops. The test
 * server sends its mail here (arquillian.xml points {@code jboss.mail.server.host/port} at it).
 * <p>
 * Registered as a JUnit launcher session listener (META-INF/services), so it lives in the failsafe
 * JVM only: in-container tests must not use it. Any login and password are accepted; every address
 * mail is sent to gets a mailbox.
 */
public final class TestMailServer implements LauncherSessionListener {

    private static final String HOST = "127.0.0.1";
    private static final Duration POLL = Duration.ofMillis(100);

    private static GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // ClusterIT's cluster brings its own (bin/cluster): test.shared-services=false
        if (Boolean.parseBoolean(System.getProperty("test.shared-services", "true"))) {
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** The running GreenMail. */
    public static synchronized GreenMail greenMail() {
        if (greenMail == null || !greenMail.isRunning()) {
            throw new IllegalStateException("the test mail server is not running");
        }
        return greenMail;
    }

    public static int smtpPort() {
        return Integer.getInteger("test.smtp.port", 3225);
    }

    public static int imapPort() {
        return Integer.getInteger("test.imap.port", 3343);
    }

    /** Starts the mail server, with empty mailboxes; does nothing if it runs already. */
    public static synchronized void start() {
        if (greenMail != null && greenMail.isRunning()) {
            return;
        }
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort(), HOST, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort(), HOST, ServerSetup.PROTOCOL_IMAP)})
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        }
        greenMail.start();
    }

    /** Stops the mail server (its port refuses connections), e.g. to see how the registry copes; its mail is lost. */
    public static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** Empties every mailbox. */
    public static void reset() {
        try {
            greenMail().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages received so far for {@code address} (case-insensitive), oldest first. */
    public static List<MimeMessage> messagesTo(String address) {
        return greenMail().findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                .toList();
    }

    /**
     * Waits until at least {@code count} messages have arrived for {@code address} and returns them
     * all, oldest first; fails if they have not arrived within {@code timeout}.
     */
    public static List<MimeMessage> awaitMessagesTo(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> messages = messagesTo(address);
            if (messages.size() >= count) {
                return messages;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("expected " + count + " message(s) to " + address + " within " + timeout
                        + ", received " + messages.size());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for mail to " + address, e);
            }
        }
    }
}
