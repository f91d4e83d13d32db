package gov.dot.fmcsa.nationalregistry.it.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.dot.fmcsa.nationalregistry.it.support.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tests' mail server (TestMailServer) runs for the whole test run and takes mail as the test server sends it. */
class MailServerIT {

    private static final String TO = "examiner@example.gov";

    @BeforeEach
    void emptyMailboxes() {
        TestMailServer.reset();
    }

    @AfterEach
    void mailServerRunsAgain() {
        TestMailServer.start();
    }

    @Test
    void mailSentToItsSmtpPortArrivesInTheRecipientsMailbox() throws Exception {
        send(TO, "Your account", "Follow this link: http://localhost:8280/transfer?token=abc");

        List<MimeMessage> received = TestMailServer.awaitMessagesTo(TO, 1, Duration.ofSeconds(5));

        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Your account");
        assertThat(received.get(0).getFrom()).extracting(Object::toString).containsExactly("registry@example.gov");
        assertThat((String) received.get(0).getContent()).contains("http://localhost:8280/transfer?token=abc");
        assertThat(TestMailServer.messagesTo("someone-else@example.gov")).isEmpty();
    }

    @Test
    void theMailboxCanBeReadOverImapWithAnyPassword() throws Exception {
        send(TO, "Over IMAP", "Hello");
        TestMailServer.awaitMessagesTo(TO, 1, Duration.ofSeconds(5));

        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", TestMailServer.imapPort(), TO, "any password");
        try {
            var inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            assertThat(inbox.getMessages()).extracting(Message::getSubject).containsExactly("Over IMAP");
            inbox.close(false);
        } finally {
            store.close();
        }
    }

    @Test
    void waitingForMailThatNeverComesFails() {
        assertThatThrownBy(() -> TestMailServer.awaitMessagesTo(TO, 1, Duration.ofMillis(300)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(TO);
    }

    @Test
    void aStoppedMailServerRefusesConnectionsUntilStartedAgain() throws Exception {
        TestMailServer.stop();
        assertThat(smtpPortAnswers()).isFalse();
        assertThatThrownBy(() -> send(TO, "Lost", "Nobody listens")).isInstanceOf(MessagingException.class);

        TestMailServer.start();
        assertThat(smtpPortAnswers()).isTrue();
        send(TO, "Back", "Listening again");
        assertThat(TestMailServer.awaitMessagesTo(TO, 1, Duration.ofSeconds(5)))
                .extracting(MimeMessage::getSubject).containsExactly("Back");
    }

    private static void send(String to, String subject, String text) throws MessagingException {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", Integer.toString(TestMailServer.smtpPort()));
        smtp.put("mail.smtp.connectiontimeout", "2000");
        smtp.put("mail.smtp.timeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("registry@example.gov"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private static boolean smtpPortAnswers() {
        try (Socket socket = new Socket("127.0.0.1", TestMailServer.smtpPort())) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }
}
